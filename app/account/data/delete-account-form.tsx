"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/validation/form-contract";
import { deleteAccountAction } from "@/actions/accounts";

/** Re-authentication: the current password, or (no password: OAuth only) the typed username after a fresh provider login. */
export function DeleteAccountForm({ hasPassword, graceDays }: { hasPassword: boolean; graceDays: number }) {
  const [state, action] = useActionState(deleteAccountAction, IDLE);
  const e = state.errors ?? {};
  const mode = state.values?.mode || "keep";
  return (
    <form action={action} className="form" aria-label="Xóa tài khoản" noValidate>
      <FormMessage state={state} />
      <fieldset className="field">
        <legend>Các bài viết của bạn</legend>
        <label className="choice">
          <input type="radio" name="mode" value="keep" defaultChecked={mode === "keep"} /> Giữ lại, ký tên “Thành viên đã xóa”
        </label>
        <label className="choice">
          <input type="radio" name="mode" value="remove" defaultChecked={mode === "remove"} /> Xóa nội dung các bài viết
        </label>
        {e.mode ? <span className="field__error">{e.mode}</span> : null}
      </fieldset>
      {hasPassword ? (
        <Field idPrefix="del" name="password" label="Mật khẩu hiện tại" type="password" error={e.password} autoComplete="current-password" required />
      ) : (
        <Field
          idPrefix="del"
          name="confirmUsername"
          label="Gõ tên đăng nhập của bạn để xác nhận"
          defaultValue={state.values?.confirmUsername}
          error={e.confirmUsername}
          autoComplete="off"
          required
          hint="Cần đăng nhập lại bằng Google/GitHub trong vòng 15 phút trước đó."
        />
      )}
      <p className="field__hint">
        Bạn sẽ bị đăng xuất khỏi mọi thiết bị. Tài khoản bị xóa sau {graceDays} ngày; đăng nhập lại trước thời hạn đó sẽ hủy yêu cầu.
      </p>
      <SubmitButton className="button button--danger" pendingLabel="Đang gửi yêu cầu…">
        Xóa tài khoản của tôi
      </SubmitButton>
    </form>
  );
}
