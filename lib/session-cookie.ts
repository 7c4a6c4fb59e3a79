// Whether a request carries a next-auth session cookie, by name only (no
// decoding): proxy.ts uses it to send browsers without one to the guests'
// cached pages. next-auth names it "authjs.session-token" ("__Secure-…" over
// HTTPS) and splits a large one into ".0", ".1"… A cookie that is present but
// no longer valid still counts: its owner gets the per-request page, which
// says why they were logged out.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
