"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { registerMember } from "@/lib/accounts/register-member";
import { retryAfterMessage } from "@/lib/rate-limit";
import { requestIp } from "@/lib/session";
import { registerSchema } from "@/lib/validation/account";
import { failed, formFields, invalid, typedValues, type FormState } from "@/lib/validation/form-state";

const FIELDS = ["displayName", "username", "email", "password"] as const;

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "username", "email"]);
  const parsed = registerSchema.safeParse(formFields(formData, FIELDS));
  if (!parsed.success) return invalid(parsed.error, values);

  const result = await registerMember(db, parsed.data, { ip: await requestIp() });
  if (!result.ok) {
    if ("reason" in result) return failed(`Bạn đã đăng ký quá nhiều lần từ mạng này. ${retryAfterMessage(result.retryAt)}`, values);
    return failed("Vui lòng sửa các lỗi bên dưới.", values, result.errors);
  }
  redirect(result.mail.ok ? "/login?notice=registered" : "/login?notice=registered-nomail");
}
