// "Đăng nhập" with an email-or-username and password: the checks of
// authenticate-member.ts turned into the house contract. It answers with a
// single-use login ticket that the action hands to next-auth, which sets the
// session cookie (lib/next/auth.ts).
import { InvalidInputError } from "@/lib/errors";
import { ForbiddenError, type Viewer } from "@/lib/permissions";
import { contextDb, contextIp, type ServiceContext } from "@/lib/service-context";
import { loginSchema } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse-input";
import { authenticateMember } from "./authenticate-member";
import { heldMessage } from "./held-message";
import { settleDeletionOnLogin } from "./account-deletion";
import { issueLoginTicket } from "./login-ticket";
import { startPendingLogin } from "./two-factor/pending-login";
import { hasTwoFactor } from "./two-factor/status";
import { throttled } from "./refusals";
import { sanctionMessage } from "./sanctions";
import { t } from "@/lib/i18n/text";

/** The same words for "no such account" and "wrong password": the form tells nobody who has an account. */
export const INVALID_LOGIN = () => t("services.accountsInvalidLogin");

/**
 * `ticket`: logged in (the action hands it to next-auth); `deletion`: a
 * pending account deletion this login took back. `secondStep`: the member
 * has two-step login — no ticket yet, a pending token for /login/two-factor
 * (lib/accounts/two-factor/pending-login.ts).
 */
export type LoginOutcome = { ticket: string; deletion: "none" | "cancelled" } | { secondStep: string };

export async function checkLogin(_viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<LoginOutcome> {
  const credentials = parseInput(loginSchema, input, t("services.accountsLoginIncomplete"));
  const db = await contextDb(ctx);
  const result = await authenticateMember(db, credentials, { ip: contextIp(ctx), now: ctx.now });
  if (!result.ok) {
    if (result.reason === "throttled") throw throttled(t("services.accountsLoginThrottled"), result.retryAt);
    if (result.reason === "sanctioned") throw new ForbiddenError(sanctionMessage(result.sanction));
    if (result.reason === "held") throw new ForbiddenError(await heldMessage(db, result.memberId));
    throw new InvalidInputError(INVALID_LOGIN());
  }
  // With two-step login, the sign-in after the second step settles a pending deletion (lib/next/auth.ts).
  if (await hasTwoFactor(db, result.userId)) return { secondStep: await startPendingLogin(db, result.userId, ctx.now) };
  // A pending account deletion: logging in takes it back; past its grace period it is done now.
  const deletion = await settleDeletionOnLogin(db, result.userId, ctx.now);
  if (deletion === "deleted") throw new InvalidInputError(INVALID_LOGIN());
  return { ticket: await issueLoginTicket(db, result.userId), deletion };
}
