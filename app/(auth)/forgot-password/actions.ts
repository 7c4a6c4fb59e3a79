"use server";
import { db } from "@/lib/db";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { retryAfterMessage } from "@/lib/rate-limit";
import { requestIp } from "@/lib/session";
import { forgotPasswordSchema } from "@/lib/validation/account";
import { failed, formFields, invalid, succeeded, typedValues, type FormState } from "@/lib/validation/form-state";

export async function forgotPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  const parsed = forgotPasswordSchema.safeParse(formFields(formData, ["email"]));
  if (!parsed.success) return invalid(parsed.error, values, "Vui lòng nhập một địa chỉ email hợp lệ.");
  const result = await requestPasswordReset(db, parsed.data.email, { ip: await requestIp() });
  if (!result.ok) return failed(`Bạn đã yêu cầu quá nhiều thư. ${retryAfterMessage(result.retryAt)}`, values);
  // The same words whether or not the address has an account.
  return succeeded(
    `Nếu ${parsed.data.email} là email của một tài khoản, chúng tôi vừa gửi đến đó liên kết đặt lại mật khẩu. Liên kết có hiệu lực trong 1 giờ.`,
    values,
  );
}
