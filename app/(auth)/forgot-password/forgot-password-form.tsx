"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { forgotPassword } from "@/actions/accounts";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPassword, IDLE);
  return (
    <form action={action} className="form" aria-label="Quên mật khẩu" noValidate>
      <FormMessage state={state} />
      <Field name="email" label="Email của tài khoản" type="email" defaultValue={state.values?.email} error={state.errors?.email} autoComplete="email" required maxLength={254} />
      <SubmitButton>Gửi liên kết đặt lại mật khẩu</SubmitButton>
    </form>
  );
}
