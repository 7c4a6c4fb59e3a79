// The verification link's login, for the /verify route: next-auth redeems the
// ticket (the same checks and Session row as a password login) and sets its
// cookie without redirecting, so the route answers with its own redirect.
import "server-only";
import { signIn } from "./auth";

/** True when the session cookie was set for the ticket's member. */
export async function signInFromVerifyLink(ticket: string): Promise<boolean> {
  try {
    await signIn("credentials", { ticket, redirect: false });
    return true;
  } catch (error) {
    // A ban or hold between the check and the sign-in: next-auth refuses the ticket.
    console.warn("[verify] Không đăng nhập được sau khi xác minh email:", (error as Error)?.message);
    return false;
  }
}
