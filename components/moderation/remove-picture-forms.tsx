// In the moderator's menu of a post with pictures: one small form per picture
// (its thumbnail, a reason, "Gỡ ảnh"). Plain forms: no JavaScript needed.
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { removePictureAction } from "@/actions/moderation";
import { picturesForModeration } from "@/lib/moderation/remove-picture";
import type { Viewer } from "@/lib/permissions";
import { parseVariants, pictureUrl, variantKey } from "@/lib/uploads/picture-urls";
import { t } from "@/lib/i18n/text";

export async function RemovePictureForms({ postId, viewer }: { postId: number; viewer: Viewer | null }) {
  const pictures = await picturesForModeration(viewer, postId);
  if (pictures.length === 0) return null;
  return (
    <div className="mod-menu__pictures">
      <p className="mod-menu__subtitle">{t("mod.picturesTitle")}</p>
      {pictures.map((p, i) => {
        const v = parseVariants(p.variants);
        return (
          <ActionForm key={p.id} action={removePictureAction} className="mod-menu__form mod-menu__picture" label={t("mod.picturesLabel", { n: i + 1 })}>
            <input type="hidden" name="attachmentId" value={p.id} />
            {v ? <img src={pictureUrl(variantKey(v.hash, "thumb.webp"))} alt="" width={48} height={48} className="picture-picker__thumb mod-menu__thumb" /> : null}
            <label htmlFor={`picture-reason-${p.id}`}>{t("mod.picturesReason")}</label>
            <FormInput id={`picture-reason-${p.id}`} name="reason" required minLength={3} maxLength={300} />
            <FieldError name="reason" />
            <button type="submit" className="button button--small">
              {t("mod.picturesRemove")}
            </button>
          </ActionForm>
        );
      })}
    </div>
  );
}
