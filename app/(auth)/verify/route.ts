// GET /verify?token=…: the link from a verification email. Following it is the
// confirmation and, for a new account, the login (lib/accounts/verify-and-log-in.ts
// says when). Then the browser moves on: to the thread the member registered
// from, logged in, or to /verified, which says what happened and can be
// reloaded harmlessly.
import { db } from "@/lib/db";
import { verifyAndLogIn } from "@/lib/accounts/verify-and-log-in";
import { getViewer } from "@/lib/next/session";
import { signInFromVerifyLink } from "@/lib/next/verify-link-sign-in";
import { safeReturnPath } from "@/lib/urls";
import { inRequestLocale } from "@/lib/next/login-path";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const viewer = await getViewer();
  const outcome = await verifyAndLogIn(db, token, viewer?.id ?? null);
  const loggedIn = outcome.alreadyLoggedIn || (outcome.ticket !== null && (await signInFromVerifyLink(outcome.ticket)));
  const back = outcome.callbackPath ? safeReturnPath(outcome.callbackPath, "") : "";
  // Logged in and registered from a thread: straight back to it, as XenForo does.
  // Otherwise /verified, which links back to it (through the login when needed).
  const location =
    loggedIn && back
      ? back
      : `/verified?status=${outcome.status}${back ? `&callbackUrl=${encodeURIComponent(back)}` : ""}`;
  // In the link's language (/en/verify → /en/verified). A relative Location keeps the host the browser used, whatever the proxy setup.
  return new Response(null, { status: 303, headers: { Location: inRequestLocale(location), "Cache-Control": "no-store" } });
}
