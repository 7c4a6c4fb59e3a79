import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/client-ip";

const h = (init: Record<string, string>) => new Headers(init);

describe("client address", () => {
  it("without TRUST_PROXY, ignores X-Real-IP and uses what Next.js put in X-Forwarded-For", () => {
    expect(clientIp(h({ "x-forwarded-for": "::ffff:127.0.0.1", "x-real-ip": "6.6.6.6" }), false)).toBe("127.0.0.1");
    expect(clientIp(h({}), false)).toBe("unknown");
  });
  it("behind a trusted proxy, prefers X-Real-IP, else the last X-Forwarded-For hop (the proxy's own)", () => {
    expect(clientIp(h({ "x-forwarded-for": "1.1.1.1, 203.0.113.9", "x-real-ip": "203.0.113.9" }), true)).toBe("203.0.113.9");
    // The client forged the first entry; the proxy appended the real address.
    expect(clientIp(h({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }), true)).toBe("203.0.113.9");
  });
});
