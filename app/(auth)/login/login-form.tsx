"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { logIn } from "@/actions/accounts";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(logIn, IDLE);
  const v = state.values ?? {};
  return (
    <form action={action} className="form" aria-label="Đăng nhập" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={v.callbackUrl ?? callbackUrl} />
      <Field
        name="identifier"
        label="Email hoặc tên đăng nhập"
        defaultValue={v.identifier}
        error={state.errors?.identifier}
        autoComplete="username"
        required
        maxLength={254}
      />
      <Field name="password" label="Mật khẩu" type="password" error={state.errors?.password} autoComplete="current-password" required />
      <p className="form__aside">
        <Link href="/forgot-password">Quên mật khẩu?</Link>
      </p>
      <SubmitButton pendingLabel="Đang đăng nhập…">Đăng nhập</SubmitButton>
    </form>
  );
}
