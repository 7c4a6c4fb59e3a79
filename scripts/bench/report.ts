// The benchmark's summary: a table per scenario and round, the ratios the
// issue sets targets for, the guest page's bytes, and the posting checks —
// printed, and (as the same object) written to bench-results.json.
import type { PageBytes } from "./page-bytes";
import type { ReplyCheck } from "./verify-replies";
import { errorCount, type WrkResult } from "./wrk";

export type ScenarioKey = "a" | "a0" | "b" | "c" | "d" | "e" | "f" | "f0" | "g" | "h" | "i";
export type ScenarioRun = { key: ScenarioKey; round: number; result: WrkResult };

export type Report = {
  startedAt: string;
  finishedAt: string;
  machine: { node: string; cpus: number; loadAverageAtEnd: number[] };
  options: Record<string, number | string | string[]>;
  data: Record<string, unknown>;
  bytes: PageBytes;
  /** The 0-reply article's guest page (SQLite runs). */
  freshBytes?: PageBytes | null;
  runs: ScenarioRun[];
  checks: (ReplyCheck & { round: number })[];
  /** Median ms of the per-request (member) page of the 10 000-reply thread. */
  perRequest: { page1Ms: number; page500Ms: number };
  summary?: Summary;
};

export const SCENARIOS: Record<ScenarioKey, string> = {
  a: "(a) khách — bài báo 20 phản hồi, đường nhanh",
  b: "(b) cùng HTML đó từ nginx",
  a0: "(a0) khách — như (a), tắt đường nhanh (trước)",
  c: "(c) thành viên đã đăng nhập — cùng chủ đề",
  d: "(d) khách — trang 500 của chủ đề 10 000 phản hồi",
  f: "(f) khách — bài báo 0 phản hồi, đường nhanh",
  g: "(g) cùng HTML của (f) từ nginx",
  f0: "(f0) khách — như (f), tắt đường nhanh (trước)",
  h: "(h) thành viên — bài báo 0 phản hồi",
  i: "(i) khách — như (a), bản tiếng Anh (/en/…), đường nhanh",
  e: "(e) thành viên đăng trả lời đồng thời",
};

type Ratios = Record<"aOverB" | "a0OverB" | "cOverB" | "dOverA" | "p99AOverP99B" | "fOverG" | "f0OverG" | "hOverG" | "p99FOverP99G" | "iOverA" | "iOverB", number>;

type Figures = { rps: number; p50Ms: number; p99Ms: number; errors: number };
type Summary = {
  /** Per scenario: each round, and the median round (by requests/s). */
  scenarios: Record<ScenarioKey, { rounds: Figures[]; median: Figures }>;
  ratios: { rounds: Partial<Ratios>[]; median: Partial<Ratios> };
  posting: { repliesPerSecond: number[]; lost: number; doubled: number; errors: number; countsMatch: boolean };
};

function figures(run: ScenarioRun): Figures {
  const r = run.result;
  // For posting, only acknowledged replies count as done.
  const done = run.key === "e" ? (r.acknowledged ?? 0) : r.requests;
  return { rps: done / (r.duration_us / 1e6), p50Ms: r.latency_us.p50 / 1000, p99Ms: r.latency_us.p99 / 1000, errors: errorCount(r) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export function summarise(report: Report): Summary {
  const keys = (Object.keys(SCENARIOS) as ScenarioKey[]).filter((key) => report.runs.some((r) => r.key === key));
  const rounds = [...new Set(report.runs.map((r) => r.round))].sort((a, b) => a - b);
  const scenarios = Object.fromEntries(
    keys.map((key) => {
      const perRound = rounds.map((round) => figures(report.runs.find((r) => r.key === key && r.round === round)!));
      const mid = [...perRound].sort((x, y) => x.rps - y.rps)[Math.floor((perRound.length - 1) / 2)];
      return [key, { rounds: perRound, median: mid }];
    }),
  ) as Summary["scenarios"];
  const definitions: [keyof Ratios, ScenarioKey, ScenarioKey, "rps" | "p99Ms"][] = [
    ["aOverB", "a", "b", "rps"],
    ["a0OverB", "a0", "b", "rps"],
    ["p99AOverP99B", "a", "b", "p99Ms"],
    ["cOverB", "c", "b", "rps"],
    ["dOverA", "d", "a", "rps"],
    ["fOverG", "f", "g", "rps"],
    ["f0OverG", "f0", "g", "rps"],
    ["p99FOverP99G", "f", "g", "p99Ms"],
    ["hOverG", "h", "g", "rps"],
    ["iOverA", "i", "a", "rps"],
    ["iOverB", "i", "b", "rps"],
  ];
  const present = definitions.filter(([, x, y]) => scenarios[x] && scenarios[y]);
  const ratioRounds = rounds.map((_, i) =>
    Object.fromEntries(present.map(([name, x, y, field]) => [name, scenarios[x].rounds[i][field] / scenarios[y].rounds[i][field]])) as Partial<Ratios>,
  );
  return {
    scenarios,
    ratios: {
      rounds: ratioRounds,
      median: Object.fromEntries(present.map(([name]) => [name, median(ratioRounds.map((r) => r[name]!))])) as Partial<Ratios>,
    },
    posting: {
      repliesPerSecond: scenarios.e?.rounds.map((f) => f.rps) ?? [],
      lost: report.checks.reduce((n, c) => n + c.lost, 0),
      doubled: report.checks.reduce((n, c) => n + c.doubled, 0),
      errors: scenarios.e?.rounds.reduce((n, f) => n + f.errors, 0) ?? 0,
      countsMatch: report.checks.every((c) => c.replyCount === c.visibleRows && c.lastNumber === c.highestNumber),
    },
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const num = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function printReport(report: Report): void {
  const summary = summarise(report);
  report.summary = summary;
  // Any scenario (--scenarios e runs only posting): they all ran the same rounds.
  const rounds = Object.values(summary.scenarios)[0]?.rounds.length ?? 0;
  console.log("\n══ Kết quả (wrk, 127.0.0.1) ══");
  console.log(`${"kịch bản".padEnd(52)} ${"lượt".padStart(4)} ${"req/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"lỗi".padStart(5)}`);
  for (const key of Object.keys(summary.scenarios) as ScenarioKey[]) {
    summary.scenarios[key].rounds.forEach((f, i) => {
      const label = i === 0 ? SCENARIOS[key] : "";
      console.log(`${label.padEnd(52)} ${String(i + 1).padStart(4)} ${num(f.rps).padStart(9)} ${num(f.p50Ms, 2).padStart(8)} ${num(f.p99Ms, 2).padStart(8)} ${String(f.errors).padStart(5)}`);
    });
  }
  console.log("(e): req/s = trả lời được xác nhận mỗi giây.");
  console.log("\nTỉ lệ (từng lượt → trung vị):");
  const line = (name: string, key: keyof Ratios, digits: number, target: string) => {
    if (summary.ratios.median[key] === undefined) return;
    console.log(`  ${name.padEnd(16)} ${summary.ratios.rounds.map((r) => r[key]!.toFixed(digits)).join("  ")}  →  ${summary.ratios.median[key]!.toFixed(digits)}   (mục tiêu ${target})`);
  };
  line("a/b", "aOverB", 4, "≥ 0.3");
  line("a0/b (trước)", "a0OverB", 4, "");
  line("p99(a)/p99(b)", "p99AOverP99B", 1, "≤ 20");
  line("c/b", "cOverB", 4, "≥ 0.01");
  line("d/a", "dOverA", 3, "≥ 0.67");
  line("f/g", "fOverG", 4, "≥ 0.3");
  line("f0/g (trước)", "f0OverG", 4, "");
  line("p99(f)/p99(g)", "p99FOverP99G", 1, "≤ 20");
  line("h/g", "hOverG", 4, "≥ 0.01");
  line("i/a (en / vi)", "iOverA", 3, "≈ 1");
  line("i/b", "iOverB", 4, "≥ 0.3");
  const p = summary.posting;
  console.log(
    `\nĐăng trả lời (e): ${p.repliesPerSecond.map((r) => num(r)).join(", ")} trả lời/s (mục tiêu ≥ 200); lỗi ${p.errors}, mất ${p.lost}, trùng ${p.doubled}; ` +
      `replyCount = số hàng hiển thị ở mọi lượt: ${p.countsMatch ? "đúng" : "SAI"}.`,
  );
  const b = report.bytes;
  console.log(
    `\nTrang khách: HTML ${kb(b.html.raw)} (gzip ${kb(b.html.gzip)}); JavaScript ${b.js.files} tệp ${kb(b.js.raw)} (gzip ${kb(b.js.gzip)}, mục tiêu ≤ 190 KB).`,
  );
  const f = report.freshBytes;
  if (f) console.log(`Bài báo 0 phản hồi: HTML ${kb(f.html.raw)} (gzip ${kb(f.html.gzip)}); JavaScript ${f.js.files} tệp ${kb(f.js.raw)} (gzip ${kb(f.js.gzip)}).`);
  console.log(
    `Trang thành viên (render mỗi yêu cầu) của chủ đề 10 000 phản hồi, trung vị 100 yêu cầu liên tiếp: trang 1 ${num(report.perRequest.page1Ms, 1)} ms, trang 500 ${num(report.perRequest.page500Ms, 1)} ms.`,
  );
  console.log(`Máy: ${report.machine.cpus} lõi, tải trung bình lúc xong (1/5/15 phút): ${report.machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(" / ")}.`);
  if (rounds < 3) console.log("(Ít hơn 3 lượt: chỉ để thử.)");
}

