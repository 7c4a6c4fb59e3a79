"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ChallengeFields, HoneypotField, type ChallengeProps } from "@/components/spam/challenge-fields";
import { PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from "@/lib/validation/account-limits";
import { IDLE } from "@/lib/validation/form-contract";
import { register } from "@/actions/accounts";

export function RegisterForm({ challenge, callbackUrl = "" }: { challenge: ChallengeProps; /** The page to come back to after verifying. */ callbackUrl?: string }) {
  const [state, action] = useActionState(register, IDLE);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  // The action's answer carries the challenge to use next (see actions.ts).
  const current = { token: v.formChallenge || challenge.token, altcha: state.data?.altcha ?? challenge.altcha };
  return (
    <form action={action} className="form" aria-label="Đăng ký" noValidate>
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={v.callbackUrl ?? callbackUrl} /> : null}
      <Field name="displayName" label="Tên hiển thị" defaultValue={v.displayName} error={e.displayName} autoComplete="name" required maxLength={50} hint="Tên mọi người thấy bên cạnh bài viết của bạn, có thể có dấu." />
      <Field
        name="username"
        label="Tên đăng nhập"
        defaultValue={v.username}
        error={e.username}
        autoComplete="username"
        required
        maxLength={USERNAME_MAX}
        hint={`${USERNAME_MIN}–${USERNAME_MAX} ký tự: chữ cái không dấu, chữ số, dấu gạch dưới (_) và dấu chấm (.). Dùng trong địa chỉ trang cá nhân.`}
      />
      <Field name="email" label="Email" type="email" defaultValue={v.email} error={e.email} autoComplete="email" required maxLength={254} />
      <Field
        name="password"
        label="Mật khẩu"
        type="password"
        error={e.password}
        autoComplete="new-password"
        required
        hint={`Ít nhất ${PASSWORD_MIN} ký tự; không dùng mật khẩu phổ biến.`}
      />
      <HoneypotField />
      <ChallengeFields challenge={current} />
      <SubmitButton pendingLabel="Đang tạo tài khoản…">Đăng ký</SubmitButton>
    </form>
  );
}
