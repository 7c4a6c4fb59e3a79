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
import { issueLoginTicket } from "./login-ticket";
import { throttled } from "./refusals";
import { sanctionMessage } from "./sanctions";

/** The same words for "no such account" and "wrong password": the form tells nobody who has an account. */
export const INVALID_LOGIN = "Email/tên đăng nhập hoặc mật khẩu không đúng.";

export async function checkLogin(_viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ ticket: string }> {
  const credentials = parseInput(loginSchema, input, "Vui lòng nhập đủ thông tin đăng nhập.");
  const db = await contextDb(ctx);
  const result = await authenticateMember(db, credentials, { ip: contextIp(ctx), now: ctx.now });
  if (!result.ok) {
    if (result.reason === "throttled") throw throttled("Đăng nhập sai quá nhiều lần nên tạm thời bị chặn.", result.retryAt);
    if (result.reason === "sanctioned") throw new ForbiddenError(sanctionMessage(result.sanction));
    throw new InvalidInputError(INVALID_LOGIN);
  }
  return { ticket: await issueLoginTicket(db, result.userId) };
}
