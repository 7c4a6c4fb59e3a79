"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { resetPassword } from "@/lib/accounts/reset-password";
import { resetPasswordSchema } from "@/lib/validation/account";
import { failed, formFields, invalid, type FormState } from "@/lib/validation/form-state";

export async function setNewPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse(formFields(formData, ["token", "password", "passwordConfirm"]));
  if (!parsed.success) return invalid(parsed.error, {});
  const result = await resetPassword(db, parsed.data);
  if (!result.ok) return failed(result.message);
  redirect("/login?notice=reset");
}
