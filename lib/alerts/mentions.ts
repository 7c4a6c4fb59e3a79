// Who a post names: @username mentions and the authors of the posts it
// quotes (the quote block links "/posts/<id> đã viết:", lib/markdown/quote.ts).
const MENTION = /(^|[^A-Za-z0-9_.@/])@([A-Za-z0-9_.]{3,30})/g;
const QUOTE = /\]\(\/posts\/(\d{1,12})\) đã viết:\*\*/g;
const MAX_NAMED = 20;

export function mentionedUsernames(source: string): string[] {
  const names = new Set<string>();
  // Code is not a mention: drop fenced blocks and inline code first.
  const prose = source.replace(/```[\s\S]*?```/g, " ").replace(/`[^`\n]*`/g, " ");
  for (const m of prose.matchAll(MENTION)) {
    names.add(m[2].replace(/\.+$/, "").toLowerCase());
    if (names.size >= MAX_NAMED) break;
  }
  return [...names].filter((n) => n.length >= 3);
}

export function quotedPostIds(source: string): number[] {
  const ids = new Set<number>();
  for (const m of source.matchAll(QUOTE)) {
    ids.add(Number(m[1]));
    if (ids.size >= MAX_NAMED) break;
  }
  return [...ids];
}
