"use server";
// Session actions used from every page (header menu, notices).
import { db } from "@/lib/db";
import { signOut } from "@/lib/auth";
import { resendVerification } from "@/lib/accounts/resend-verification";
import { retryAfterMessage } from "@/lib/rate-limit";
import { currentSessionId, getViewer, requestIp } from "@/lib/session";
import { endSession } from "@/lib/accounts/sessions";
import { failed, succeeded, type FormState } from "@/lib/validation/form-state";

/**
 * Logging out ends the session on the server — its Session row is deleted,
 * so the cookie is worthless even if a copy survives — then the cookie is
 * cleared and the browser goes home. Other browsers stay logged in.
 */
export async function logOut(): Promise<void> {
  await endSession(db, await currentSessionId());
  await signOut({ redirectTo: "/" });
}

export async function resendVerificationEmail(_prev: FormState, _formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return failed("Bạn cần đăng nhập để gửi lại email xác minh.");
  const result = await resendVerification(db, viewer, { ip: await requestIp() });
  if (result.ok) return succeeded("Đã gửi lại email xác minh. Hãy kiểm tra hộp thư (cả mục Spam).");
  if (result.reason === "throttled") return failed(`Bạn vừa yêu cầu gửi thư. ${retryAfterMessage(result.retryAt)}`);
  if (result.reason === "nothing-to-verify") return succeeded("Email của bạn đã được xác minh.");
  return failed("Chưa gửi được thư, máy chủ thư đang gặp sự cố. Vui lòng thử lại sau ít phút.");
}
