"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { PASSWORD_MIN } from "@/lib/validation/account-limits";
import { IDLE } from "@/lib/validation/form-contract";
import { updateDisplayName, updateEmail, updatePassword } from "@/actions/accounts";

export function DisplayNameForm({ current }: { current: string }) {
  const [state, action] = useActionState(updateDisplayName, IDLE);
  return (
    <form action={action} className="form" aria-label="Đổi tên hiển thị" noValidate>
      <FormMessage state={state} />
      <Field idPrefix="name" name="displayName" label="Tên hiển thị" defaultValue={state.values?.displayName ?? current} error={state.errors?.displayName} autoComplete="name" required maxLength={50} />
      <SubmitButton className="button">Lưu tên hiển thị</SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState(updatePassword, IDLE);
  const e = state.errors ?? {};
  return (
    <form action={action} className="form" aria-label="Đổi mật khẩu" noValidate>
      <FormMessage state={state} />
      <Field idPrefix="pw" name="currentPassword" label="Mật khẩu hiện tại" type="password" error={e.currentPassword} autoComplete="current-password" required />
      <Field idPrefix="pw" name="password" label="Mật khẩu mới" type="password" error={e.password} autoComplete="new-password" required hint={`Ít nhất ${PASSWORD_MIN} ký tự. Các thiết bị khác sẽ bị đăng xuất.`} />
      <Field idPrefix="pw" name="passwordConfirm" label="Nhập lại mật khẩu mới" type="password" error={e.passwordConfirm} autoComplete="new-password" required />
      <SubmitButton className="button">Đổi mật khẩu</SubmitButton>
    </form>
  );
}

export function EmailForm({ current }: { current: string }) {
  const [state, action] = useActionState(updateEmail, IDLE);
  const e = state.errors ?? {};
  return (
    <form action={action} className="form" aria-label="Đổi email" noValidate>
      <FormMessage state={state} />
      <Field idPrefix="email" name="email" label="Email mới" type="email" defaultValue={state.values?.email ?? ""} error={e.email} autoComplete="email" required maxLength={254} hint={`Email hiện tại: ${current}. Email mới cần được xác minh trước khi thay thế.`} />
      <Field idPrefix="email" name="currentPassword" label="Mật khẩu hiện tại" type="password" error={e.currentPassword} autoComplete="current-password" required />
      <SubmitButton className="button">Gửi liên kết xác nhận</SubmitButton>
    </form>
  );
}
