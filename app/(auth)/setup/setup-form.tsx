"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { PASSWORD_MIN } from "@/lib/validation/account-limits";
import { IDLE } from "@/lib/validation/form-contract";
import { createFirstAdmin } from "@/actions/accounts";

export function SetupForm({ token }: { token: string }) {
  const [state, action] = useActionState(createFirstAdmin, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={action} className="form" aria-label="Tạo quản trị viên" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="displayName" label="Tên hiển thị" defaultValue={v.displayName} error={e.displayName} autoComplete="name" required maxLength={50} />
      <Field name="username" label="Tên đăng nhập" defaultValue={v.username} error={e.username} autoComplete="username" required maxLength={30} />
      <Field name="email" label="Email" type="email" defaultValue={v.email} error={e.email} autoComplete="email" required maxLength={254} />
      <Field name="password" label="Mật khẩu" type="password" error={e.password} autoComplete="new-password" required hint={`Ít nhất ${PASSWORD_MIN} ký tự; không dùng mật khẩu phổ biến.`} />
      <SubmitButton>Tạo quản trị viên</SubmitButton>
    </form>
  );
}
