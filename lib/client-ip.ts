// The client's network address, for rate limits.
//
// `next start` does not hand the socket address to the app; it copies it into
// X-Forwarded-For only when the request arrived without that header. So:
// - TRUST_PROXY=1 (behind nginx or another reverse proxy that sets the
//   headers): X-Real-IP when the proxy sets it, otherwise the LAST entry of
//   X-Forwarded-For — the one our proxy appended; entries before it were sent
//   by the client and prove nothing.
// - no TRUST_PROXY (Next.js faces the internet): X-Real-IP is ignored (any
//   client can send it) and X-Forwarded-For is whatever Next.js put there: the
//   socket address, unless the client sent its own header, which Next.js then
//   keeps. A client forging that header can dodge per-address limits; the
//   per-account login limit (rules().loginAccount) still holds. Run behind a
//   proxy in production.
export function clientIp(headers: Headers, trustProxy: boolean = process.env.TRUST_PROXY === "1"): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (trustProxy) {
    const real = headers.get("x-real-ip")?.trim();
    if (real) return normaliseIp(real);
  }
  const last = forwarded[forwarded.length - 1];
  return last ? normaliseIp(last) : "unknown";
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one address; keys stay short. */
function normaliseIp(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return (v4mapped ? v4mapped[1] : ip).toLowerCase().slice(0, 64);
}
