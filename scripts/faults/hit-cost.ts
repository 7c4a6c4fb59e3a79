// What keeping cached HTML off the heap costs a cache hit, in one process,
// side by side: a hit as it was (the HTML string served as stored) and as it
// is (lib/cache/html-off-heap.mjs: the bytes turned back into a string), each
// followed by what Next.js itself does with the string on a hit
// (send-payload.js: Buffer.byteLength for Content-Length, then res.end, which
// encodes it to UTF-8). Alternating rounds, medians of CPU time printed. UTF-8 bytes are
// timed too, to show why they were not chosen.
//
//   npx tsx scripts/faults/hit-cost.ts [page.html]   (default: a generated ~68 KB Vietnamese thread page)
import fs from "node:fs";
import { fromStored, toStored } from "@/lib/cache/html-off-heap.mjs";

function samplePage(): string {
  const reply = (i: number) =>
    `<article class="post" id="post-${i}"><header><a href="/u/thanh_vien_${i}">Thành viên ${i}</a><time datetime="2026-11-30T10:00:00.000Z">30 thg 11, 2026</time></header>` +
    `<div class="post-body"><p>Mình nghĩ nên bắt đầu từ những dự án nhỏ, học thêm về cơ sở dữ liệu và cách viết mã dễ đọc. Ở Hà Nội có nhiều nhóm học lập trình cuối tuần, bạn thử tìm hiểu xem.</p></div></article>`;
  return `<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><title>Có nên chọn học lập trình ở Hà Nội | Bàn Luận</title></head><body>${Array.from({ length: 150 }, (_, i) => reply(i)).join("")}</body></html>`;
}

const html = process.argv[2] ? fs.readFileSync(process.argv[2], "utf8") : samplePage();
const page = { kind: "APP_PAGE", html, rscData: Buffer.alloc(0), headers: {}, status: 200 };
const stored = toStored(page);
const storedUtf8 = { ...page, html: Buffer.from(html, "utf8") };

let sink = 0;
/** What Next.js does with the string once it has it. */
const serve = (s: string) => {
  sink += Buffer.byteLength(s) + Buffer.from(s, "utf8").length;
};
const variants: Record<string, () => void> = {
  "before (string on the heap)": () => serve(page.html),
  "now (UTF-16 bytes → string)": () => serve(fromStored(stored).html),
  "UTF-8 bytes → string (not used)": () => serve(storedUtf8.html.toString("utf8")),
};

const HITS = 300;
const ROUNDS = 15;
const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let round = 0; round < ROUNDS + 2; round++) {
  for (const [name, hit] of Object.entries(variants)) {
    // CPU time, not wall time: on a shared machine the wall clock counts the others' work too.
    const started = process.cpuUsage();
    for (let i = 0; i < HITS; i++) hit();
    const used = process.cpuUsage(started);
    const us = (used.user + used.system) / HITS;
    if (round >= 2) times[name].push(us); // two warm-up rounds
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times["before (string on the heap)"]);
console.log(`page: ${html.length} characters, ${Buffer.byteLength(html)} bytes UTF-8; ${ROUNDS} rounds of ${HITS} hits, load average ${fs.readFileSync("/proc/loadavg", "utf8").split(" ")[0]}`);
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(`${name.padEnd(34)} ${m.toFixed(1).padStart(7)} µs CPU a hit (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}), +${(m - base).toFixed(1)} µs`);
}
if (sink < 0) console.log(sink);
