// Renders a member's Markdown to safe HTML. markdown-it parses (raw HTML off),
// then sanitize-html enforces an allow-list as a second, independent line of
// defence: whatever the parser lets through, only these tags, attributes and
// URL schemes survive. Links get rel="nofollow ugc noopener"; pictures from
// other sites are never embedded (an image becomes a plain link).
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { mentionPlugin } from "./mentions";

export type RenderOptions = {
  /** Members that exist, lower-cased username → username: only these @mentions become links. */
  knownUsernames?: ReadonlyMap<string, string>;
};

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.use(mentionPlugin);
md.renderer.rules.image = (tokens, idx, _options, env, self) => {
  const token = tokens[idx];
  const src = token.attrGet("src") ?? "";
  const alt = self.renderInlineAsText(token.children ?? [], md.options, env) || src;
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
  const env = { knownUsernames: options.knownUsernames ?? new Map<string, string>() };
  const html = md.render(source.normalize("NFC"), env);
  return sanitizeHtml(html, SANITIZE).trim();
}

/** Usernames written as @mentions in a source (lower-cased), to look up before rendering. */
export { extractMentions } from "./mentions";
