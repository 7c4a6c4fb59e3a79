// GET /verify?token=…: the link from a verification email. Following it is the
// confirmation; then the browser moves on to /verified, which renders with the
// account already updated (header, notices) and can be reloaded harmlessly.
import { db } from "@/lib/db";
import { verifyEmail } from "@/lib/accounts/verify-email";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await verifyEmail(db, token);
  const status = result.ok ? (result.changed ? "changed" : "verified") : result.problem;
  // The page the member registered from (a thread) goes on to /verified, which links back to it.
  const back = result.ok && result.callbackPath ? `&callbackUrl=${encodeURIComponent(result.callbackPath)}` : "";
  // A relative Location keeps the host the browser used, whatever the proxy setup.
  return new Response(null, { status: 303, headers: { Location: `/verified?status=${status}${back}`, "Cache-Control": "no-store" } });
}
