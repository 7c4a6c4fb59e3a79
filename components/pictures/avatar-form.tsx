// The avatar part of /account: the current picture (or initials), a file
// input and "Lưu ảnh", and "Xóa ảnh" when there is one. A plain multipart
// form: works without JavaScript. A server component (the form inside is
// the client part), so its words come from the catalog in the page's language.
import { ActionForm, FieldError } from "@/components/forms/action-form";
import { Avatar } from "@/components/avatar";
import { changeAvatarAction } from "@/actions/pictures";
import { translator } from "@/lib/i18n/server";

type Props = { user: { username: string; displayName: string; avatarUrl: string | null } };

export async function AvatarForm({ user }: Props) {
  const t = await translator();
  const M = {
    label: t("composer.avatar"),
    choose: t("composer.avatarChoose"),
    hint: t("composer.avatarHint"),
    save: t("composer.avatarSave"),
    remove: t("composer.avatarRemove"),
  };
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
