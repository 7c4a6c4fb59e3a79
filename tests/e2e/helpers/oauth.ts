// Google sign-in against the journeys' mock OpenID Connect provider
// (scripts/lib/e2e-services.ts): who signs in is chosen by adding the standard
// login_hint parameter to the authorization request.
import crypto from "node:crypto";
import type { Page } from "@playwright/test";

export type Identity = { sub: string; email: string; email_verified: boolean; name: string };

export function googleIdentity(overrides: Partial<Identity> = {}): Identity {
  const id = crypto.randomBytes(4).toString("hex");
  return { sub: `google-${id}`, email: `g.${id}@gmail.example`, email_verified: true, name: `Người Dùng Google ${id}`, ...overrides };
}

export async function signInWithGoogle(page: Page, who: Identity, loginPath = "/login"): Promise<void> {
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.route(/\/authorize\?/, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("login_hint", JSON.stringify(who));
    await route.continue({ url: url.toString() });
  });
  await page.goto(loginPath);
  await page.getByRole("button", { name: "Đăng nhập bằng Google" }).click();
}
