// A video link alone on a line (YouTube, Vimeo, TikTok, X/Twitter, Facebook)
// becomes a click-to-load placeholder: the link itself, with the provider's
// name, and the player's address in a data attribute. Nothing is requested
// from the provider until the reader clicks (components/pictures/embed-loader.tsx
// then puts the player's iframe in place); without JavaScript it stays a link.
// No thumbnail: the only known ones are on the provider's servers.
import { escapeHtml } from "@/lib/text";

export const EMBED_MESSAGES = {
  play: (provider: string) => `Phát video ${provider}`,
  note: (provider: string) => `Trình phát của ${provider} chỉ được tải khi bạn bấm (khi đó ${provider} nhận được địa chỉ IP của bạn).`,
  post: (provider: string) => `Bài đăng trên ${provider}`,
} as const;

type Embed = { provider: string; player: string; kind: "video" | "post" };

const ID = /^[\w-]{1,64}$/;

export function recognise(href: string): Embed | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  const parts = url.pathname.split("/").filter(Boolean);
  if (host === "youtube.com" || host === "youtu.be") {
    const id = host === "youtu.be" ? parts[0] : parts[0] === "watch" ? url.searchParams.get("v") : parts[0] === "shorts" || parts[0] === "live" ? parts[1] : null;
    // youtube-nocookie: no cookies until the reader plays.
    if (id && ID.test(id)) return { provider: "YouTube", player: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`, kind: "video" };
  }
  if (host === "vimeo.com" && /^\d{1,20}$/.test(parts[0] ?? "")) {
    return { provider: "Vimeo", player: `https://player.vimeo.com/video/${parts[0]}?autoplay=1&dnt=1`, kind: "video" };
  }
  if (host === "tiktok.com" && parts[1] === "video" && /^\d{1,25}$/.test(parts[2] ?? "")) {
    return { provider: "TikTok", player: `https://www.tiktok.com/embed/v2/${parts[2]}`, kind: "video" };
  }
  if ((host === "x.com" || host === "twitter.com") && parts[1] === "status" && /^\d{1,25}$/.test(parts[2] ?? "")) {
    return { provider: "X", player: `https://platform.twitter.com/embed/Tweet.html?id=${parts[2]}&dnt=true`, kind: "post" };
  }
  if ((host === "facebook.com" && parts.includes("videos")) || host === "fb.watch") {
    return { provider: "Facebook", player: `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(url.href)}&show_text=false`, kind: "video" };
  }
  return null;
}

/** The placeholder's HTML for a link alone on a line, or null when it is no known video. */
export function embedLine(href: string): string | null {
  const embed = recognise(href);
  if (!embed) return null;
  const label = embed.kind === "video" ? EMBED_MESSAGES.play(embed.provider) : EMBED_MESSAGES.post(embed.provider);
  return (
    `<div class="embed" data-embed-player="${escapeHtml(embed.player)}" data-embed-provider="${escapeHtml(embed.provider)}">` +
    `<a class="embed__link" href="${escapeHtml(href)}" rel="nofollow ugc noopener" target="_blank">` +
    `<span class="embed__play" aria-hidden="true">▶</span><span class="embed__title">${escapeHtml(label)}</span>` +
    `<span class="embed__url">${escapeHtml(href)}</span></a>` +
    `<p class="embed__note">${escapeHtml(EMBED_MESSAGES.note(embed.provider))}</p>` +
    `</div>`
  );
}
