// The typed errors the account services throw for a throttle hit, so that
// every form says the same thing with the time to wait.
import { RateLimitedError } from "@/lib/errors";
import { retryAfterMessage } from "@/lib/rate-limit";
import { t } from "@/lib/i18n/text";

/** "<what happened> Vui lòng thử lại sau N phút (lúc HH:MM)." */
export function throttled(what: string, retryAt: Date): RateLimitedError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
  return new RateLimitedError(`${what} ${retryAfterMessage(retryAt)}`, seconds);
}

/** The answer to a failed delivery of an account mail. */
export const MAIL_DOWN = () => t("services.accountsMailDown");
