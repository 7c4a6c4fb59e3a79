"use client";
// The second step's forms: the authenticator code (first), and a recovery code
// (under "Mất thiết bị?"). Plain forms: they work without JavaScript.
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { completeSecondStepAction } from "@/actions/two-factor";

type Props = { pending: string; callbackUrl: string };

export function TotpCodeForm({ pending, callbackUrl }: Props) {
  const [state, action] = useActionState(completeSecondStepAction, IDLE);
  return (
    <form action={action} className="form" aria-label="Mã xác thực" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="pending" value={pending} />
      <input type="hidden" name="method" value="totp" />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        idPrefix="totp"
        name="code"
        label="Mã 6 chữ số trong ứng dụng xác thực"
        error={state.errors?.code}
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        maxLength={12}
      />
      <SubmitButton pendingLabel="Đang kiểm tra…">Xác nhận</SubmitButton>
    </form>
  );
}

export function RecoveryCodeForm({ pending, callbackUrl }: Props) {
  const [state, action] = useActionState(completeSecondStepAction, IDLE);
  return (
    <form action={action} className="form" aria-label="Mã khôi phục" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="pending" value={pending} />
      <input type="hidden" name="method" value="recovery" />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field idPrefix="recovery" name="code" label="Mã khôi phục" hint="Dạng xxxxx-xxxxx. Mỗi mã chỉ dùng được một lần." error={state.errors?.code} autoComplete="off" required maxLength={20} />
      <SubmitButton className="button" pendingLabel="Đang kiểm tra…">
        Dùng mã khôi phục
      </SubmitButton>
    </form>
  );
}
