/**
 * Parser for article pages scraped (as plain text, top to bottom) from a
 * Vietnamese XenForo 2 forum running "article threads".
 *
 * The page has a fixed shape, and every rule below is derived from that shape,
 * never from the words of a particular article:
 *
 *   title                      first non-empty line
 *   author block               the author's name, repeated (avatar alt text, name),
 *                              then "Phản hồi: N" (reply count)
 *   author card                the name again, then optionally a short user title
 *   lead                       the first body line (the standfirst)
 *   body                       one block per non-empty line: paragraph, heading or image
 *   source credit              "(name)" at the very end of the last paragraph
 *   page chrome                the forum template's fixed strings, an ad redirect whose
 *                              `adslk` parameter is the base64 of the thread's URL, "Top"
 *
 * The module is pure and dependency-free (only web-standard globals: TextDecoder,
 * TextEncoder, atob, URL), so the CLI importer and the admin form share it.
 */
import { currentLocale } from "@/lib/i18n/request-locale";
import { t } from "@/lib/i18n/text";

export type ArticleBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; text: string }
  | { type: "image"; filename: string };

type ImageBlock = Extract<ArticleBlock, { type: "image" }>;

export type ParsedArticle = {
  title: string;
  author: string;
  userTitle: string | null;
  replyCount: number | null;
  lead: string | null;
  blocks: ArticleBlock[];
  source: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
};

export type ArticleParseErrorCode =
  | "empty"
  | "no-title"
  | "binary"
  | "encoding"
  | "too-large"
  | "no-author"
  | "no-body";

export class ArticleParseError extends Error {
  readonly code: ArticleParseErrorCode;

  constructor(code: ArticleParseErrorCode, message: string) {
    super(message);
    this.name = "ArticleParseError";
    this.code = code;
  }
}

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

// Messages are shown as-is by the CLI and the admin form: one line saying what
// is wrong and what the file should look like, in the language of the request
// (the admin form) or of the operator's LANG (the CLI, lib/i18n/cli-locale.ts).
const MESSAGES = {
  empty: () => t("cli.articleEmpty"),
  "no-title": () => t("cli.articleNoTitle"),
  binary: () => t("cli.articleBinary"),
  encoding: () => t("cli.articleEncoding"),
  utf16: () => t("cli.articleUtf16"),
  "no-author": () => t("cli.articleNoAuthor"),
  "no-body": () => t("cli.articleNoBody"),
} as const;

function tooLargeMessage(bytes: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  // Vietnamese writes a decimal comma.
  return t("cli.articleTooLarge", { size: currentLocale() === "vi" ? mb.replace(".", ",") : mb, limit: MAX_ARTICLE_BYTES / (1024 * 1024) });
}

function fail(code: Exclude<ArticleParseErrorCode, "too-large" | "encoding">): never {
  throw new ArticleParseError(code, MESSAGES[code]());
}

// ---------------------------------------------------------------------------
// Bytes → text
// ---------------------------------------------------------------------------

// C0 controls other than tab, LF, FF and CR, plus DEL and the C1 block: none of
// these occur in text copied from a web page, so their presence means the input
// is not a text file (or is mis-decoded Windows-1252, which is just as unusable).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

/**
 * Decodes an uploaded file as UTF-8, rejecting anything that is not plain
 * UTF-8 text. A UTF-8 byte order mark is dropped.
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleParseError("too-large", tooLargeMessage(bytes.length));
  }
  // Checked before the NUL test: UTF-16 text is full of NUL bytes, and "save it
  // as UTF-8" is a more useful answer than "this is binary".
  if (hasUtf16Or32Bom(bytes) || looksLikeUtf16WithoutBom(bytes)) {
    throw new ArticleParseError("encoding", MESSAGES.utf16());
  }
  if (bytes.includes(0)) fail("binary");

  let text: string;
  try {
    // fatal: a wrong-encoding file must be refused, not silently filled with U+FFFD.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleParseError("encoding", MESSAGES.encoding());
  }
  if (CONTROL_CHARACTERS.test(text)) fail("binary");
  // TextDecoder already drops one BOM; this removes a doubled one as well.
  return text.replace(/^\uFEFF+/, "");
}

function hasUtf16Or32Bom(bytes: Uint8Array): boolean {
  const [b0, b1, b2, b3] = bytes;
  const utf16le = b0 === 0xff && b1 === 0xfe; // also the start of UTF-32 LE
  const utf16be = b0 === 0xfe && b1 === 0xff;
  const utf32be = b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff;
  return utf16le || utf16be || utf32be;
}

// Mostly-ASCII UTF-16 has a NUL in every other byte; real binary data has NULs
// scattered without that rhythm.
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 16) return false; // too little to see a rhythm
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  const pairs = Math.floor(sample.length / 2);
  const dominant = Math.max(evenNuls, oddNuls);
  const other = Math.min(evenNuls, oddNuls);
  return dominant >= pairs * 0.3 && other === 0;
}

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

function utf8Length(text: string): number {
  // Each UTF-16 code unit encodes to 1–3 UTF-8 bytes, so the exact count is
  // only needed in between those bounds.
  if (text.length > MAX_ARTICLE_BYTES) return text.length;
  if (text.length * 3 <= MAX_ARTICLE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Splits the page into trimmed lines. Scrapes carry CRLF or CR line endings,
 * NBSP padding, zero-width characters and lines holding only whitespace; none
 * of that is content, and blank lines matter only as separators.
 */
function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/).map(cleanLine);
}

function cleanLine(line: string): string {
  return line
    .replace(/[\u200B\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ") // JS \s covers NBSP and the other Unicode spaces
    .trim();
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === "") i++;
  return i;
}

// ---------------------------------------------------------------------------
// Line shapes
// ---------------------------------------------------------------------------

const REPLY_COUNT = /^Phản hồi:\s*([\d.,\s]+)$/iu;
const IMAGE_FILENAME = /^[^\s/\\]+\.(?:png|jpe?g|gif|webp|avif|bmp)$/i;
const URL_LINE = /^https?:\/\/\S+$/i;
// XenForo names uploads by their millisecond Unix timestamp.
const TIMESTAMP_FILENAME = /^(\d{13})\.[a-z]+$/i;

// Closing quotes and brackets are looked through when asking how a line ends:
// `…nói.”` ends a sentence just like `…nói.`.
const TRAILING_CLOSERS = /["'”’»)\]]+$/u;
const SENTENCE_END = /[.!?…]$/u;
const CLAUSE_OR_SENTENCE_END = /[.!…:;,]$/u; // note: no "?", see isHeadingText

function lastMeaningfulPart(line: string): string {
  return line.replace(TRAILING_CLOSERS, "");
}

function endsSentence(line: string): boolean {
  return SENTENCE_END.test(lastMeaningfulPart(line));
}

function wordCount(line: string): number {
  return line.split(" ").filter(Boolean).length;
}

function parseReplyCount(line: string): number | null {
  const match = REPLY_COUNT.exec(line);
  if (!match) return null;
  // XenForo formats thousands with a dot in Vietnamese ("1.234"); the count is
  // an integer, so every separator is grouping.
  const digits = match[1].replace(/[.,\s]/g, "");
  return digits === "" ? null : Number.parseInt(digits, 10);
}

function isImageLine(line: string): boolean {
  return IMAGE_FILENAME.test(line);
}

/**
 * A label is a short line that is not prose: names and user titles. Prose (the
 * lead) is long or ends like a sentence, a question included.
 */
function isShortLabel(line: string, maxChars: number): boolean {
  return (
    line.length > 0 &&
    line.length <= maxChars &&
    wordCount(line) <= 10 &&
    !endsSentence(line) &&
    !CLAUSE_OR_SENTENCE_END.test(lastMeaningfulPart(line)) &&
    !isImageLine(line) &&
    !URL_LINE.test(line) &&
    parseReplyCount(line) === null
  );
}

const MAX_AUTHOR_CHARS = 80;
const MAX_USER_TITLE_CHARS = 60;
const MAX_TITLE_CHARS = 300;
const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 19;
const MAX_CREDIT_CHARS = 40;
const MAX_CREDIT_WORDS = 3;

// ---------------------------------------------------------------------------
// Page chrome
// ---------------------------------------------------------------------------

// The forum template's own UI strings (not any article's words): the guest call
// to action and the "latest posts by members" sidebar widget title. Everything
// from the first of them on is sidebar/footer, never article.
const TEMPLATE_SECTION_STARTS = ["Đăng nhập một lần thảo luận tẹt ga", "Thành viên mới đăng"];
// The back-to-top button, always the last thing on the page.
const BACK_TO_TOP = "Top";

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, "vi", { sensitivity: "accent" }) === 0;
}

function isTemplateSectionStart(line: string): boolean {
  return TEMPLATE_SECTION_STARTS.some((chrome) => sameText(line, chrome));
}

function isBackToTop(line: string): boolean {
  return sameText(line, BACK_TO_TOP);
}

function isAdLinkLine(line: string): boolean {
  return URL_LINE.test(line) && /[?&]adslk=/i.test(line);
}

function isChromeLine(line: string): boolean {
  return isTemplateSectionStart(line) || isBackToTop(line) || isAdLinkLine(line);
}

/**
 * When the scraper loses the newline before the back-to-top button, "Top" ends
 * up glued to the page's last line. Only the last line is treated this way, and
 * only when what remains is itself chrome, so no article text can be cut.
 */
function unglueBackToTop(lines: string[]): string[] {
  const last = lines.length - 1;
  const line = lines[last];
  if (line === undefined || isBackToTop(line) || !line.endsWith(BACK_TO_TOP)) return lines;
  const rest = line.slice(0, -BACK_TO_TOP.length).trim();
  if (!isChromeLine(rest)) return lines;
  return [...lines.slice(0, last), rest, BACK_TO_TOP];
}

/** Decodes the ad redirect's `adslk` parameter: base64 (or base64url) of an http(s) URL. */
function decodeAdTarget(line: string): string | null {
  const match = /[?&]adslk=([^&#]*)/i.exec(line);
  if (!match) return null;
  let value: string;
  try {
    // Percent-decoding only: URLSearchParams would turn base64's "+" into a space.
    value = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return decodeBase64HttpUrl(value);
}

function decodeBase64HttpUrl(value: string): string | null {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/]+$/.test(base64) || base64.length % 4 === 1) return null;
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  let decoded: string;
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes).trim();
  } catch {
    return null;
  }
  return isHttpUrl(decoded) ? decoded : null;
}

function isHttpUrl(text: string): boolean {
  // Canonical thread URLs are plain ASCII; this also rejects decoding garbage.
  if (!/^https?:\/\/[\x21-\x7E]+$/i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

type Page = { lines: string[]; sourceUrl: string | null };

/**
 * Removes the page chrome, keeping the decoded ad target as the source URL.
 * The returned lines start at the title; an empty list means nothing but chrome.
 */
function stripChrome(allLines: string[]): Page {
  let sourceUrl: string | null = null;
  const lines: string[] = [];
  for (const line of unglueBackToTop(trimTrailingBlanks(allLines))) {
    if (isAdLinkLine(line)) {
      sourceUrl ??= decodeAdTarget(line);
      continue; // an ad is never content, wherever it sits
    }
    lines.push(line);
  }

  const titleIndex = lines.findIndex((line) => line !== "" && !isChromeLine(line));
  if (titleIndex === -1) return { lines: [], sourceUrl };

  const sectionStart = lines.findIndex((line, i) => i > titleIndex && isTemplateSectionStart(line));
  const article = lines.slice(titleIndex, sectionStart === -1 ? undefined : sectionStart);
  while (article.length > 1 && (article.at(-1) === "" || isBackToTop(article.at(-1) ?? ""))) {
    article.pop();
  }
  return { lines: article, sourceUrl };
}

function trimTrailingBlanks(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === "") end--;
  return lines.slice(0, end);
}

// ---------------------------------------------------------------------------
// Header: title, author block, author card
// ---------------------------------------------------------------------------

function isPlausibleTitle(line: string): boolean {
  return (
    line.length <= MAX_TITLE_CHARS &&
    !isImageLine(line) &&
    !URL_LINE.test(line) &&
    parseReplyCount(line) === null
  );
}

type Header = {
  author: string;
  userTitle: string | null;
  replyCount: number | null;
  bodyStart: number;
};

/**
 * Reads the author block and card that follow the title (lines[0]):
 *
 *   Name            avatar alt text        ┐ the name 1–3 times, the reply
 *   Name            author name            │ count once, in any order, blank
 *   Phản hồi: N     reply count            │ lines allowed in between
 *   Name            author card            ┘
 *   User title      optional short label
 */
function parseHeader(lines: string[]): Header {
  let i = nextNonBlank(lines, 1);
  if (i >= lines.length) fail("no-body");

  const author = lines[i];
  if (!isShortLabel(author, MAX_AUTHOR_CHARS)) fail("no-author");
  i++;

  // Consume further copies of the name and the (single) reply-count line.
  let replyCount: number | null = null;
  for (let j = nextNonBlank(lines, i); j < lines.length; j = nextNonBlank(lines, i)) {
    const count: number | null = replyCount === null ? parseReplyCount(lines[j]) : null;
    if (lines[j] !== author && count === null) break;
    if (count !== null) replyCount = count;
    i = j + 1;
  }

  // The user title is a short label between the card's name and the lead. When
  // the member has none, the next line is already the lead, which is prose.
  let userTitle: string | null = null;
  const candidate = nextNonBlank(lines, i);
  if (candidate < lines.length && isShortLabel(lines[candidate], MAX_USER_TITLE_CHARS)) {
    userTitle = lines[candidate];
    i = candidate + 1;
  }

  return { author, userTitle, replyCount, bodyStart: i };
}

// ---------------------------------------------------------------------------
// Body: lead, blocks, source credit
// ---------------------------------------------------------------------------

type BodyLine = { text: string; blankBefore: boolean; blankAfter: boolean };

/** Every non-empty line is one block: XenForo scrapes put a whole paragraph on one line. */
function collectBodyLines(lines: string[], start: number): BodyLine[] {
  const body: BodyLine[] = [];
  for (let i = start; i < lines.length; i++) {
    if (lines[i] === "") continue;
    body.push({
      text: lines[i],
      blankBefore: i === 0 || lines[i - 1] === "",
      blankAfter: i + 1 < lines.length && lines[i + 1] === "",
    });
  }
  return body;
}

/**
 * Heading text is short and does not end like a clause or sentence. A question
 * mark is allowed ("…đang tụt lại?") because section headings are often
 * questions; what separates such a heading from a short question paragraph is
 * its position, checked in classifyBlocks.
 */
function isHeadingText(text: string): boolean {
  return (
    text.length <= MAX_HEADING_CHARS &&
    wordCount(text) <= MAX_HEADING_WORDS &&
    !CLAUSE_OR_SENTENCE_END.test(lastMeaningfulPart(text))
  );
}

/**
 * Classifies body lines, last to first so each line can look at what follows.
 * A heading stands alone between blank lines and introduces something: the
 * next text block is a longer paragraph or another heading (an image may sit in
 * between). So the last block is never a heading, and neither is a short line
 * followed by shorter prose.
 */
function classifyBlocks(lines: BodyLine[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = new Array<ArticleBlock>(lines.length);
  let nextText: ArticleBlock | null = null;
  for (let k = lines.length - 1; k >= 0; k--) {
    const { text, blankBefore, blankAfter } = lines[k];
    if (isImageLine(text)) {
      blocks[k] = { type: "image", filename: text };
      continue;
    }
    const introducesNext =
      nextText !== null &&
      (nextText.type === "heading" || (nextText.type === "paragraph" && nextText.text.length > text.length));
    const isHeading = blankBefore && blankAfter && introducesNext && isHeadingText(text);
    blocks[k] = isHeading ? { type: "heading", text } : { type: "paragraph", text };
    nextText = blocks[k];
  }
  return blocks;
}

type Credit = { text: string; source: string };

/**
 * The source credit is "(name)" closing the last paragraph, after a finished
 * sentence: "…không chờ ai. (japantimes)". The sentence-end requirement keeps an
 * ordinary closing aside like "…50 tỷ USD (năm 2023)" in the text.
 */
function extractSourceCredit(text: string): Credit | null {
  const match = /^(.*?)\s*\(([^()]+)\)$/u.exec(text);
  if (!match) return null;
  const before = match[1];
  const source = match[2].trim();
  const plausibleName =
    source.length > 0 &&
    source.length <= MAX_CREDIT_CHARS &&
    wordCount(source) <= MAX_CREDIT_WORDS &&
    /\p{L}/u.test(source) &&
    !endsSentence(source);
  if (!plausibleName) return null;
  if (before !== "" && !endsSentence(before)) return null;
  return { text: before, source };
}

type Body = { lead: string | null; blocks: ArticleBlock[]; source: string | null };

function parseBody(lines: string[], start: number): Body {
  const bodyLines = collectBodyLines(lines, start);
  if (bodyLines.length === 0) fail("no-body");

  // The lead is the first body line, unless the article opens with a picture.
  const leadLine = bodyLines[0];
  const lead = isImageLine(leadLine.text) ? null : leadLine.text;
  const blocks = classifyBlocks(lead === null ? bodyLines : bodyLines.slice(1));

  const last = blocks.at(-1);
  if (last?.type === "paragraph") {
    const credit = extractSourceCredit(last.text);
    if (credit) {
      if (credit.text === "") blocks.pop();
      else blocks[blocks.length - 1] = { type: "paragraph", text: credit.text };
      return { lead, blocks, source: credit.source };
    }
  } else if (last === undefined && lead !== null) {
    // A one-paragraph article: its only paragraph is the lead.
    const credit = extractSourceCredit(lead);
    if (credit && credit.text !== "") return { lead: credit.text, blocks, source: credit.source };
  }
  return { lead, blocks, source: null };
}

/** The first attachment's name is its upload time, the best evidence of when the article was posted. */
function publishedAtFromImages(blocks: ArticleBlock[]): string | null {
  const firstImage = blocks.find((block): block is ImageBlock => block.type === "image");
  if (!firstImage) return null;
  const match = TIMESTAMP_FILENAME.exec(firstImage.filename);
  if (!match) return null;
  const date = new Date(Number(match[1]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/**
 * Parses the text of a scraped article page. Text is normalised to NFC first,
 * so every field is NFC whatever the scraper produced.
 */
export function parseArticle(text: string): ParsedArticle {
  const bytes = utf8Length(text);
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new ArticleParseError("too-large", tooLargeMessage(bytes));
  }
  const normalised = text.normalize("NFC");
  if (CONTROL_CHARACTERS.test(normalised)) fail("binary");

  const allLines = splitLines(normalised);
  if (allLines.every((line) => line === "")) fail("empty");

  const page = stripChrome(allLines);
  if (page.lines.length === 0 || !isPlausibleTitle(page.lines[0])) fail("no-title");

  const header = parseHeader(page.lines);
  const body = parseBody(page.lines, header.bodyStart);

  // Literal in this order: the CLI prints it as JSON and the order is the contract.
  return {
    title: page.lines[0],
    author: header.author,
    userTitle: header.userTitle,
    replyCount: header.replyCount,
    lead: body.lead,
    blocks: body.blocks,
    source: body.source,
    sourceUrl: page.sourceUrl,
    publishedAt: publishedAtFromImages(body.blocks),
  };
}
