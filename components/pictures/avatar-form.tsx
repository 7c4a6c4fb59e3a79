"use client";
// The avatar part of /account: the current picture (or initials), a file
// input and "Lưu ảnh", and "Xóa ảnh" when there is one. A plain multipart
// form: works without JavaScript.
import { ActionForm, FieldError } from "@/components/forms/action-form";
import { Avatar } from "@/components/avatar";
import { changeAvatarAction } from "@/actions/pictures";

const M = {
  label: "Ảnh đại diện",
  choose: "Chọn ảnh (JPEG, PNG, WebP, GIF, AVIF)",
  hint: "Ảnh được cắt vuông; vị trí GPS và thông tin máy ảnh bị xóa.",
  save: "Lưu ảnh",
  remove: "Xóa ảnh",
} as const;

type Props = { user: { username: string; displayName: string; avatarUrl: string | null } };

export function AvatarForm({ user }: Props) {
  return (
    <ActionForm action={changeAvatarAction} className="form avatar-form" label={M.label}>
      <div className="avatar-form__row">
        <Avatar user={user} size="l" />
        <div className="field">
          <label htmlFor="avatar-file">{M.choose}</label>
          <input id="avatar-file" type="file" name="avatar" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" aria-describedby="avatar-hint" />
          <span id="avatar-hint" className="field__hint">
            {M.hint}
          </span>
          <FieldError name="avatar" />
        </div>
      </div>
      <div className="composer__actions">
        {user.avatarUrl ? (
          <button type="submit" name="intent" value="remove" className="button" formNoValidate>
            {M.remove}
          </button>
        ) : null}
        <button type="submit" name="intent" value="save" className="button button--primary">
          {M.save}
        </button>
      </div>
    </ActionForm>
  );
}
