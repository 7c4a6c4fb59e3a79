"use server";
import { db } from "@/lib/db";
import { signIn } from "@/lib/auth";
import { issueLoginTicket } from "@/lib/accounts/login-ticket";
import { completeAdminSetup } from "@/lib/accounts/setup-admin";
import { setupAdminSchema } from "@/lib/validation/account";
import { failed, formFields, invalid, typedValues, type FormState } from "@/lib/validation/form-state";

export async function createFirstAdmin(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "username", "email"]);
  const token = formData.get("token");
  const parsed = setupAdminSchema.safeParse(formFields(formData, ["displayName", "username", "email", "password"]));
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await completeAdminSetup(db, typeof token === "string" ? token : "", parsed.data);
  if (!result.ok) {
    if ("gone" in result) return failed(result.message);
    return failed("Vui lòng sửa các lỗi bên dưới.", values, result.errors);
  }
  // The new administrator is logged in straight away.
  await signIn("credentials", { ticket: await issueLoginTicket(db, result.userId), redirectTo: "/account?welcome=admin" });
  return failed("Không đăng nhập được.");
}
