// Renders a member's Markdown to safe HTML. markdown-it parses (raw HTML off),
// then sanitize-html enforces an allow-list as a second, independent line of
// defence: whatever the parser lets through, only these tags, attributes and
// URL schemes survive. Links get rel="nofollow ugc noopener"; pictures from
// other sites are never embedded (an image becomes a plain link).
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { mentionPlugin } from "./mentions";
import { galleryHtml, pictureHtml, type PictureView } from "@/lib/uploads/picture-html";
import { embedLine } from "./embeds";

export type RenderOptions = {
  /** Members that exist, lower-cased username → username: only these @mentions become links. */
  knownUsernames?: ReadonlyMap<string, string>;
  /** The post's uploaded pictures: `![alt](upload:ID)` places one; the others make a gallery under the text. */
  pictures?: readonly PictureView[];
};

// Placed pictures and embeds leave a marker (private-use characters a source
// never keeps, see renderMarkdown) that survives sanitising and is replaced by
// markup made here, never from the member's text.
const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
type Env = { knownUsernames: ReadonlyMap<string, string>; pictures: Map<number, PictureView>; placed: Set<number>; embeds: string[] };

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.use(mentionPlugin);
md.renderer.rules.image = (tokens, idx, _options, env, self) => {
  const token = tokens[idx];
  const src = token.attrGet("src") ?? "";
  const alt = self.renderInlineAsText(token.children ?? [], md.options, env) || src;
  const upload = /^upload:(\d{1,12})$/.exec(src);
  const e = env as Env;
  const picture = upload ? e.pictures.get(Number(upload[1])) : undefined;
  if (picture) {
    e.placed.add(picture.id);
    e.embeds.push(pictureHtml(picture, alt === src ? "Ảnh đính kèm" : alt));
    return `${MARK_OPEN}${e.embeds.length - 1}${MARK_CLOSE}`;
  }
  return `<a href="${md.utils.escapeHtml(src)}">${md.utils.escapeHtml(alt)}</a>`;
};

const ALLOWED_TAGS = [
  "p", "br", "strong", "em", "s", "del", "a", "ul", "ol", "li", "blockquote", "code", "pre",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "rel", "class", "data-mention", "target"],
    ol: ["start"],
    th: ["style"],
    td: ["style"],
    code: ["class"],
  },
  allowedClasses: { a: ["mention"], code: [/^language-[\w-]+$/] },
  allowedStyles: { th: { "text-align": [/^(left|right|center)$/] }, td: { "text-align": [/^(left|right|center)$/] } },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      // Our own links (mentions, quotes) are internal paths; everything else is
      // user-supplied and must not pass on ranking or window.opener.
      const internal = href.startsWith("/") && !href.startsWith("//");
      // Relative links ("foo", "%22x") would resolve against our own pages in
      // surprising ways: keep only absolute web/mail links and our own paths.
      if (!internal && !/^(https?:\/\/|mailto:)/i.test(href)) {
        const { href: _dropped, ...rest } = attribs;
        return { tagName, attribs: rest };
      }
      return {
        tagName,
        attribs: internal ? { ...attribs } : { ...attribs, rel: "nofollow ugc noopener", target: "_blank" },
      };
    },
  },
};

export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  const pictures = options.pictures ?? [];
  const env: Env = {
    knownUsernames: options.knownUsernames ?? new Map<string, string>(),
    pictures: new Map(pictures.map((p) => [p.id, p])),
    placed: new Set(),
    embeds: [],
  };
  const text = source.normalize("NFC").replace(/[\uE000\uE001]/g, "");
  const html = sanitizeHtml(md.render(text, env), SANITIZE).trim();
  // A paragraph that is only a video link becomes the click-to-load embed (lib/markdown/embeds.ts).
  const withEmbeds = html.replace(/<p>(<a href="([^"]+)" rel="nofollow ugc noopener" target="_blank">[^<]*<\/a>)<\/p>/g, (whole, _link, href: string) => {
    const embed = embedLine(decodeEntities(href));
    return embed ?? whole;
  });
  const placedHtml = withEmbeds.replace(new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, "g"), (_m, i: string) => env.embeds[Number(i)] ?? "");
  const rest = pictures.filter((p) => !env.placed.has(p.id));
  const gallery = galleryHtml(rest, (i) => `Ảnh đính kèm ${env.placed.size + i + 1}`);
  return gallery ? `${placedHtml}\n${gallery}` : placedHtml;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** Usernames written as @mentions in a source (lower-cased), to look up before rendering. */
export { extractMentions } from "./mentions";
