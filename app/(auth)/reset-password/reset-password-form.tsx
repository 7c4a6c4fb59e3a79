"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { PASSWORD_MIN } from "@/lib/validation/account-limits";
import { IDLE } from "@/lib/validation/form-contract";
import { setNewPassword } from "@/actions/accounts";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(setNewPassword, IDLE);
  return (
    <form action={action} className="form" aria-label="Đặt mật khẩu mới" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label="Mật khẩu mới" type="password" error={state.errors?.password} autoComplete="new-password" required hint={`Ít nhất ${PASSWORD_MIN} ký tự; không dùng mật khẩu phổ biến.`} />
      <Field name="passwordConfirm" label="Nhập lại mật khẩu mới" type="password" error={state.errors?.passwordConfirm} autoComplete="new-password" required />
      <SubmitButton>Đặt mật khẩu mới</SubmitButton>
    </form>
  );
}
