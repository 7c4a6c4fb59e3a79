// @mentions: "@username" becomes a link to that member's profile, but only when
// the member exists (the caller looks the names up once, before rendering).
// Implemented as a markdown-it core rule over text tokens, so mentions inside
// code spans, code blocks and links are left alone.
import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";

// Same alphabet as usernames: ASCII letters, digits, "_" and "."; 3–30 long.
// The lookbehind keeps e-mail addresses ("a@b.vn") from reading as mentions.
const MENTION = /(?<![\p{L}\p{N}_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))/gu;

export function extractMentions(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(MENTION)) names.add(match[1].toLowerCase());
  return [...names].slice(0, 50);
}

export function mentionPlugin(md: MarkdownIt): void {
  md.core.ruler.after("linkify", "mentions", (state: StateCore) => {
    const known: ReadonlyMap<string, string> = state.env?.knownUsernames ?? new Map();
    if (known.size === 0) return;
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      let insideLink = 0;
      const out: Token[] = [];
      for (const token of block.children) {
        if (token.type === "link_open") insideLink++;
        if (token.type === "link_close") insideLink--;
        if (token.type !== "text" || insideLink > 0) {
          out.push(token);
          continue;
        }
        out.push(...splitMentions(state, token.content, known));
      }
      block.children = out;
    }
  });
}

function splitMentions(state: StateCore, text: string, known: ReadonlyMap<string, string>): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const username = known.get(match[1].toLowerCase());
    if (!username) continue;
    const start = match.index!;
    if (start > last) tokens.push(textToken(state, text.slice(last, start)));
    const open = new state.Token("link_open", "a", 1);
    open.attrs = [
      ["href", `/members/${encodeURIComponent(username)}`],
      ["class", "mention"],
      ["data-mention", username.toLowerCase()],
    ];
    tokens.push(open, textToken(state, `@${username}`), new state.Token("link_close", "a", -1));
    last = start + match[0].length;
  }
  if (last === 0) return [textToken(state, text)];
  if (last < text.length) tokens.push(textToken(state, text.slice(last)));
  return tokens;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token("text", "", 0);
  token.content = content;
  return token;
}
