// The forum's one public origin, for every absolute link it writes: e-mails,
// the printed setup link, feeds, the sitemap, canonical and OpenGraph URLs
// (issue 20, defect 8: mail and the setup log said "localhost" while
// AUTH_URL said 127.0.0.1, so a new administrator or a verifying member
// landed logged out on another host). SITE_URL when set, else AUTH_URL's
// origin (what next-auth redirects to), else http://localhost:$PORT.
// Pure (reads only the env it is given), so scripts and the server agree.

type Env = Record<string, string | undefined>;

function originOf(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The public origin ("https://banluan.vn", no trailing slash). */
export function publicOrigin(env: Env = process.env): string {
  return originOf(env.SITE_URL) ?? originOf(env.AUTH_URL) ?? `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/**
 * The warning to print at start when the configuration names two public
 * origins (or one that is not an http(s) URL); null when it is coherent.
 */
export function publicOriginWarning(env: Env = process.env): string | null {
  for (const name of ["SITE_URL", "AUTH_URL"] as const) {
    if (env[name]?.trim() && !originOf(env[name])) return `Cảnh báo: ${name}="${env[name]}" không phải là một địa chỉ http(s) hợp lệ; liên kết tuyệt đối dùng ${publicOrigin(env)}.`;
  }
  const site = originOf(env.SITE_URL);
  const auth = originOf(env.AUTH_URL);
  if (site && auth && site !== auth) {
    return `Cảnh báo: SITE_URL (${site}) và AUTH_URL (${auth}) khác nhau. Liên kết trong e-mail, liên kết cài đặt, feed và sitemap dùng SITE_URL, còn đăng nhập chuyển hướng về AUTH_URL: thành viên sẽ bị đăng xuất khi chuyển giữa hai địa chỉ. Hãy đặt cả hai cùng một địa chỉ.`;
  }
  return null;
}
