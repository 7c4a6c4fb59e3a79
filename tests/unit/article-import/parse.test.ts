import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ArticleParseError,
  MAX_ARTICLE_BYTES,
  decodeArticleBytes,
  parseArticle,
  type ArticleBlock,
  type ArticleParseErrorCode,
  type ParsedArticle,
} from "../../../lib/article-import/parse";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
// The seed lives outside the repository (/work/shared); the repository keeps a
// byte-for-byte copy so a fresh clone can still seed and test.
const sharedSeedPath = path.resolve(here, "../../../../shared/seed/ai-race-article.txt");
const repoSeedPath = path.join(repoRoot, "prisma/seed-data/ai-race-article.txt");
const fixturesDir = path.join(repoRoot, "tests/fixtures/articles");

function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

function parseFile(file: string): ParsedArticle {
  return parseArticle(decodeArticleBytes(readBytes(file)));
}

function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

function expectParseError(run: () => unknown, code: ArticleParseErrorCode): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArticleParseError);
  const error = caught as ArticleParseError;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(/[\r\n]/);
}

/** Every string anywhere in the parsed article, for whole-result invariants. */
function allStrings(article: ParsedArticle): string[] {
  const fromBlocks = article.blocks.map((block) => (block.type === "image" ? block.filename : block.text));
  return [
    article.title,
    article.author,
    article.userTitle,
    article.lead,
    article.source,
    article.sourceUrl,
    article.publishedAt,
    ...fromBlocks,
  ].filter((value): value is string => value !== null);
}

function shape(blocks: ArticleBlock[]): string[] {
  return blocks.map((block) => (block.type === "image" ? `image:${block.filename}` : block.type));
}

function textOf(block: ArticleBlock | undefined): string {
  if (block === undefined || block.type === "image") throw new Error("expected a text block");
  return block.text;
}

function expectCleanFields(article: ParsedArticle): void {
  for (const value of allStrings(article)) {
    expect(value).toBe(value.normalize("NFC"));
    expect(value).toBe(value.trim());
    expect(value).not.toMatch(/\u00a0/);
    expect(value).not.toMatch(/[\r\n]/);
  }
}

const CHROME_FRAGMENTS = ["Đăng nhập một lần", "Thành viên mới đăng", "linktop", "adslk"];

function expectNoChrome(article: ParsedArticle): void {
  for (const value of allStrings(article)) {
    for (const fragment of CHROME_FRAGMENTS) expect(value).not.toContain(fragment);
  }
  for (const block of article.blocks) {
    if (block.type !== "image") expect(block.text).not.toBe("Top");
  }
}

describe("seed article (ai-race-article.txt)", () => {
  const seedPaths = [repoSeedPath, ...(existsSync(sharedSeedPath) ? [sharedSeedPath] : [])];

  it("the repository copy is byte-for-byte the shared seed", () => {
    if (!existsSync(sharedSeedPath)) return; // fresh clone without /work/shared
    expect(Buffer.compare(readFileSync(repoSeedPath), readFileSync(sharedSeedPath))).toBe(0);
    expect(parseFile(repoSeedPath)).toEqual(parseFile(sharedSeedPath));
  });

  for (const seedPath of seedPaths) {
    describe(path.relative(path.resolve(repoRoot, ".."), seedPath), () => {
      const article = parseFile(seedPath);

      it("reads the header", () => {
        expect(article.title).toBe("Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn áp đảo nhờ điều này");
        expect(article.author).toBe("Nguyễn Hoàng");
        expect(article.userTitle).toBe("Intern Writer");
        expect(article.replyCount).toBe(0);
      });

      it("reads the lead and keeps it out of the blocks", () => {
        expect(article.lead).toMatch(/^Tại sao Trung Quốc/);
        expect(article.lead).toMatch(/sân nhà\?$/);
        for (const block of article.blocks) {
          if (block.type !== "image") expect(block.text).not.toBe(article.lead);
        }
      });

      it("splits the body into paragraphs, headings and the image", () => {
        expect(shape(article.blocks)).toEqual([
          "paragraph",
          "paragraph",
          "image:1753436238703.png",
          "paragraph",
          "heading",
          "paragraph",
          "paragraph",
          "heading",
          "paragraph",
          "paragraph",
          "paragraph",
        ]);
        const headings = article.blocks.filter((block) => block.type === "heading");
        expect(headings.map(textOf)).toEqual([
          "Mỹ và phương Tây đang tụt lại?",
          "Quy mô đồng minh: Chìa khóa sống còn cho phương Tây",
        ]);
        expect(textOf(article.blocks[0])).toMatch(/^Trong cuộc đua công nghệ/);
        expect(textOf(article.blocks[1])).toMatch(/chỉ để theo kịp\.$/);
        expect(textOf(article.blocks[3])).toMatch(/^Vấn đề là/);
      });

      it("takes the source credit off the last paragraph", () => {
        expect(article.source).toBe("japantimes");
        const last = textOf(article.blocks.at(-1));
        expect(last).toMatch(/vì quy mô không chờ ai\.$/);
        expect(last).not.toContain("japantimes");
      });

      it("decodes the ad link into the source URL", () => {
        expect(article.sourceUrl).toBe(
          "https://www.vnreview.vn/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.65825/",
        );
      });

      it("dates the article from the attachment's timestamp name", () => {
        expect(article.publishedAt).toBe("2025-07-25T09:37:18.703Z");
      });

      it("leaves out all page chrome and has clean fields", () => {
        expectNoChrome(article);
        expectCleanFields(article);
      });

      it("keeps the key order the CLI prints", () => {
        expect(Object.keys(article)).toEqual([
          "title",
          "author",
          "userTitle",
          "replyCount",
          "lead",
          "blocks",
          "source",
          "sourceUrl",
          "publishedAt",
        ]);
      });
    });
  }

  it("gives the same result for NFD input, in NFC", () => {
    const text = readFileSync(repoSeedPath, "utf8");
    const nfd = text.normalize("NFD");
    expect(nfd).not.toBe(text);
    const article = parseArticle(nfd);
    expect(article).toEqual(parseArticle(text));
    expectCleanFields(article);
  });

  it("gives the same result with CRLF line endings and a UTF-8 BOM", () => {
    const bytes = readFileSync(repoSeedPath);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString("utf8").replace(/\n/g, "\r\n"))]);
    expect(parseArticle(decodeArticleBytes(new Uint8Array(withBom)))).toEqual(parseFile(repoSeedPath));
  });
});

describe("folding-phone article (3 headings, 2 images, no ad link)", () => {
  const article = parseFile(fixture("dien-thoai-gap.txt"));

  it("reads the header, with a dotted thousands reply count", () => {
    expect(article.title).toBe("Dùng điện thoại gập ba tháng: những điều không ai nói với bạn");
    expect(article.author).toBe("Trần Thị Mai Anh");
    expect(article.userTitle).toBe("Biên tập viên");
    expect(article.replyCount).toBe(1234);
    expect(article.lead).toMatch(/^Màn hình gập .* mới nhận ra\.$/);
  });

  it("finds an image right after the lead and one glued between paragraphs", () => {
    expect(shape(article.blocks)).toEqual([
      "image:1718012345678.jpg",
      "paragraph",
      "heading",
      "paragraph",
      "image:so-sanh-nep-gap.webp",
      "paragraph",
      "heading",
      "paragraph",
      "paragraph",
      "heading",
      "paragraph",
    ]);
    expect(article.blocks.filter((block) => block.type === "heading").map(textOf)).toEqual([
      "Nếp gấp có thật sự đáng lo?",
      "Pin và hiệu năng trong sử dụng thực tế",
      "Có nên mua ở thời điểm này",
    ]);
  });

  it("reads a multi-word Vietnamese source credit", () => {
    expect(article.source).toBe("Báo Số Hoá");
    expect(textOf(article.blocks.at(-1))).toMatch(/bền hơn\.$/);
  });

  it("has no source URL without an ad link, and is dated by the first image", () => {
    expect(article.sourceUrl).toBeNull();
    expect(article.publishedAt).toBe(new Date(1718012345678).toISOString());
  });

  it("is clean", () => {
    expectNoChrome(article);
    expectCleanFields(article);
  });

  it("parses the CRLF + trailing-NBSP copy to the same structure", () => {
    const crlfBytes = readFileSync(fixture("dien-thoai-gap.crlf.txt"));
    const raw = crlfBytes.toString("utf8");
    // Guard the fixture itself: it must really carry what it is meant to test.
    expect(raw).toContain("\r\n");
    expect(raw).toMatch(/\u00a0\r\n/);
    expect(parseFile(fixture("dien-thoai-gap.crlf.txt"))).toEqual(article);
  });
});

describe("electric-scooter article (no user title, no images, no headings, no credit)", () => {
  const article = parseFile(fixture("xe-dien-mien-tay.txt"));

  it("reads a header without a user title", () => {
    expect(article.author).toBe("Lê Quốc Bảo");
    expect(article.userTitle).toBeNull();
    expect(article.replyCount).toBe(12);
    expect(article.lead).toMatch(/^Ở các tỉnh Đồng bằng sông Cửu Long/);
  });

  it("keeps short standalone sentences and a closing question as paragraphs", () => {
    expect(article.blocks.every((block) => block.type === "paragraph")).toBe(true);
    expect(article.blocks.map(textOf)).toContain("“Cứ từ từ rồi tính.”");
    expect(article.blocks.map(textOf)).toContain("Câu chuyện chưa dừng ở đó.");
    expect(textOf(article.blocks.at(-1))).toBe("Còn bạn, bạn có sẵn sàng đổi sang xe điện nếu nhà ở miền Tây?");
    expect(article.blocks).toHaveLength(7);
  });

  it("has no source or date, and decodes an unpadded base64url ad link", () => {
    expect(article.source).toBeNull();
    expect(article.publishedAt).toBeNull();
    expect(article.sourceUrl).toBe(
      "https://www.vnreview.vn/threads/xe-dien-ve-mien-tay-tram-sac-di-truoc-hay-nguoi-mua-di-truoc.7123/?ref=top",
    );
  });

  it("is clean", () => {
    expectNoChrome(article);
    expectCleanFields(article);
  });
});

/** Builds a small page in the scrape format; every part can be overridden. */
function page(parts: { header?: string[]; body?: string[]; chrome?: string[] } = {}): string {
  const header = parts.header ?? ["Tiêu đề thử nghiệm", "", "Phạm Minh", "Phạm Minh", "Phản hồi: 3", "", "Phạm Minh", "", "Thành viên"];
  const body = parts.body ?? [
    "Đây là đoạn mở đầu của bài viết, đủ dài để không bị nhầm với một nhãn ngắn.",
    "",
    "Đoạn thân bài thứ nhất kể lại sự việc một cách đầy đủ và rõ ràng cho người đọc.",
  ];
  const chrome = parts.chrome ?? ["", "Đăng nhập một lần thảo luận tẹt ga", "Thành viên mới đăng", "Top"];
  return [...header, ...body, ...chrome].join("\n");
}

describe("header variations", () => {
  it("accepts the name once, without a reply-count line", () => {
    const article = parseArticle(page({ header: ["Tiêu đề", "", "Phạm Minh", "Thành viên"] }));
    expect(article.author).toBe("Phạm Minh");
    expect(article.replyCount).toBeNull();
    expect(article.userTitle).toBe("Thành viên");
  });

  it("accepts the name three times and comma or spaced thousands", () => {
    for (const [line, count] of [
      ["Phản hồi: 1,234", 1234],
      ["Phản hồi: 12 345", 12345],
      ["Phản hồi:7", 7],
    ] as const) {
      const article = parseArticle(page({ header: ["Tiêu đề", "Phạm Minh", "Phạm Minh", line, "Phạm Minh"] }));
      expect(article.replyCount).toBe(count);
      expect(article.userTitle).toBeNull();
    }
  });

  it("does not take a lead for a user title", () => {
    const article = parseArticle(page({ header: ["Tiêu đề", "Phạm Minh", "Phản hồi: 0", "Phạm Minh"] }));
    expect(article.userTitle).toBeNull();
    expect(article.lead).toMatch(/^Đây là đoạn mở đầu/);
  });

  it("treats an opening image as a block, not as the lead", () => {
    const article = parseArticle(page({ body: ["1700000000000.PNG", "", "Đoạn duy nhất của bài viết, kết thúc bằng dấu chấm."] }));
    expect(article.lead).toBeNull();
    expect(shape(article.blocks)).toEqual(["image:1700000000000.PNG", "paragraph"]);
    expect(article.publishedAt).toBe(new Date(1700000000000).toISOString());
  });
});

describe("body rules", () => {
  const long = "Đoạn văn này dài hơn hẳn dòng phía trên nên dòng phía trên có thể là một tiêu đề của mục.";

  it("needs a heading to stand alone and introduce longer text", () => {
    const body = ["Mở đầu đủ dài để làm đoạn dẫn, kết thúc bằng dấu chấm.", "", "Tiêu đề mục", "", long];
    expect(shape(parseArticle(page({ body })).blocks)).toEqual(["heading", "paragraph"]);

    const glued = ["Mở đầu đủ dài để làm đoạn dẫn, kết thúc bằng dấu chấm.", "", "Tiêu đề mục", long];
    expect(shape(parseArticle(page({ body: glued })).blocks)).toEqual(["paragraph", "paragraph"]);

    const shorterAfter = ["Mở đầu đủ dài để làm đoạn dẫn, kết thúc bằng dấu chấm.", "", "Một dòng ngắn không dấu chấm", "", "Ngắn."];
    expect(shape(parseArticle(page({ body: shorterAfter })).blocks)).toEqual(["paragraph", "paragraph"]);
  });

  it("allows a heading followed by an image, and consecutive headings", () => {
    const body = ["Mở đầu đủ dài để làm đoạn dẫn, kết thúc bằng dấu chấm.", "", "Phần một", "", "Mục nhỏ hơn nữa", "", "anh-minh-hoa.jpeg", long];
    expect(shape(parseArticle(page({ body })).blocks)).toEqual(["heading", "heading", "image:anh-minh-hoa.jpeg", "paragraph"]);
  });

  it("never makes a line ending in clause or sentence punctuation a heading", () => {
    for (const ending of [".", "!", "…", ":", ";", ",", ".”", '."']) {
      const body = ["Mở đầu đủ dài để làm đoạn dẫn, kết thúc bằng dấu chấm.", "", `Dòng ngắn${ending}`, "", long];
      expect(parseArticle(page({ body })).blocks[0].type).toBe("paragraph");
    }
  });

  it("keeps an ordinary closing aside in the last paragraph", () => {
    const body = ["Mở đầu đủ dài.", "", "Giá bán khoảng 30 triệu đồng (chưa gồm pin)"];
    const article = parseArticle(page({ body }));
    expect(article.source).toBeNull();
    expect(textOf(article.blocks.at(-1))).toBe("Giá bán khoảng 30 triệu đồng (chưa gồm pin)");
  });

  it("reads a credit on its own line and drops the emptied block", () => {
    const body = ["Mở đầu đủ dài.", "", "Đoạn cuối cùng của bài.", "(Reuters)"];
    const article = parseArticle(page({ body }));
    expect(article.source).toBe("Reuters");
    expect(article.blocks.map(textOf)).toEqual(["Đoạn cuối cùng của bài."]);
  });

  it("does not date an article whose first image is not a timestamp", () => {
    const body = ["Mở đầu đủ dài.", "", "hinh-1.jpg", "", "1700000000000.png", "", "Đoạn cuối."];
    expect(parseArticle(page({ body })).publishedAt).toBeNull();
  });
});

describe("chrome and the ad link", () => {
  const target = "https://www.vnreview.vn/threads/xe-dien-ve-mien-tay-tram-sac-di-truoc-hay-nguoi-mua-di-truoc.712/?p=2&x=~~";
  const standard = Buffer.from(target).toString("base64");

  it("keeps base64 '+' (which URLSearchParams would turn into a space)", () => {
    expect(standard).toContain("+");
    const article = parseArticle(page({ chrome: ["", `https://textlink.linktop.vn/?adslk=${standard}`, "Top"] }));
    expect(article.sourceUrl).toBe(target);
  });

  it("handles a percent-encoded parameter and extra parameters", () => {
    const link = `http://textlink.linktop.vn/?a=1&adslk=${encodeURIComponent(standard)}&b=2`;
    expect(parseArticle(page({ chrome: ["", link, "Top"] })).sourceUrl).toBe(target);
  });

  it("ignores an ad link that does not decode to an http(s) URL", () => {
    const bogus = Buffer.from("javascript:alert(1)").toString("base64");
    const article = parseArticle(page({ chrome: ["", `http://textlink.linktop.vn/?adslk=${bogus}`, "Top"] }));
    expect(article.sourceUrl).toBeNull();
    expectNoChrome(article);
  });

  it("separates a back-to-top button glued to the ad link", () => {
    const seed = readFileSync(repoSeedPath, "utf8");
    const glued = seed.replace(/\nTop$/, "Top");
    expect(glued).not.toBe(seed);
    expect(parseArticle(glued)).toEqual(parseArticle(seed));
  });

  it("cuts the sidebar widget's contents", () => {
    const chrome = ["", "Thành viên mới đăng", "Một chủ đề khác trong diễn đàn", "Top"];
    const article = parseArticle(page({ chrome }));
    expect(article.blocks.map(textOf)).toEqual(["Đoạn thân bài thứ nhất kể lại sự việc một cách đầy đủ và rõ ràng cho người đọc."]);
  });

  it("parses a page with no chrome at all", () => {
    const article = parseArticle(page({ chrome: [] }));
    expect(article.blocks).toHaveLength(1);
    expect(article.sourceUrl).toBeNull();
  });
});

describe("errors", () => {
  it("rejects empty and whitespace-only text", () => {
    expectParseError(() => parseArticle(""), "empty");
    expectParseError(() => parseArticle(" \n\u00a0\r\n\t \n"), "empty");
    expectParseError(() => parseArticle(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf]))), "empty");
  });

  it("rejects a page that is only chrome", () => {
    expectParseError(() => parseArticle("\nĐăng nhập một lần thảo luận tẹt ga\nThành viên mới đăng\nTop"), "no-title");
    expectParseError(() => parseArticle("1753436238703.png\nNguyễn Hoàng"), "no-title");
  });

  it("rejects a title with nothing after it", () => {
    expectParseError(() => parseArticle("Chỉ có tiêu đề\n\n\nĐăng nhập một lần thảo luận tẹt ga\nTop"), "no-body");
    expectParseError(() => parseArticle("Chỉ có tiêu đề"), "no-body");
  });

  it("rejects a page whose second part is not an author", () => {
    expectParseError(
      () => parseArticle("Tiêu đề\n\nĐây là một đoạn văn dài chứ không phải tên tác giả, nó kết thúc bằng dấu chấm."),
      "no-author",
    );
    expectParseError(() => parseArticle("Tiêu đề\nPhản hồi: 3\nMột đoạn văn."), "no-author");
  });

  it("rejects an author block with no article after it", () => {
    expectParseError(() => parseArticle("Tiêu đề\n\nPhạm Minh\nPhạm Minh\nPhản hồi: 0\n\nPhạm Minh\n\nThành viên\n\nTop"), "no-body");
  });

  it("rejects binary data", () => {
    expectParseError(() => decodeArticleBytes(new Uint8Array(Buffer.from("Tiêu đề\n\0\nNội dung"))), "binary");
    const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expectParseError(() => decodeArticleBytes(new Uint8Array(pngHeader)), "binary");
    expectParseError(() => decodeArticleBytes(new Uint8Array(Buffer.from("Tiêu đề\u0007\nNội dung"))), "binary");
    expectParseError(() => parseArticle("Tiêu đề\u0000\nNội dung"), "binary");
  });

  it("rejects text that is not UTF-8", () => {
    expectParseError(() => decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x41])), "encoding");
    // Windows-1258/Latin-1 bytes for "Tiếng" style text are invalid UTF-8.
    expectParseError(() => decodeArticleBytes(new Uint8Array([0x54, 0x69, 0xea, 0x6e, 0x67])), "encoding");
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Tiêu đề\nNội dung", "utf16le")]);
    expectParseError(() => decodeArticleBytes(new Uint8Array(utf16le)), "encoding");
    const utf16be = new Uint8Array([0xfe, 0xff, 0x00, 0x54]);
    expectParseError(() => decodeArticleBytes(utf16be), "encoding");
    const utf16NoBom = Buffer.from("Tieu de bai viet\nNoi dung bai viet", "utf16le");
    expectParseError(() => decodeArticleBytes(new Uint8Array(utf16NoBom)), "encoding");
  });

  it("rejects more than 2 MB, as bytes or as text", () => {
    expect(MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
    expectParseError(() => decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61)), "too-large");
    expectParseError(() => decodeArticleBytes(new Uint8Array(50 * 1024 * 1024)), "too-large");
    expectParseError(() => parseArticle("a".repeat(MAX_ARTICLE_BYTES + 1)), "too-large");
    // 700 000 "ầ" are 2.1 MB of UTF-8 but only 0.7 M UTF-16 code units.
    expectParseError(() => parseArticle("ầ".repeat(700_000)), "too-large");
  });

  it("accepts exactly 2 MB", () => {
    const text = page();
    const padded = text + "\n".repeat(MAX_ARTICLE_BYTES - Buffer.byteLength(text));
    expect(Buffer.byteLength(padded)).toBe(MAX_ARTICLE_BYTES);
    expect(() => parseArticle(decodeArticleBytes(new Uint8Array(Buffer.from(padded))))).not.toThrow();
  });
});
