// "Theo dõi" / "Bỏ theo dõi" on a member's profile: a plain form (works
// without JavaScript), shown to members who may follow this one.
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { followAction } from "@/actions/members";
import { followState } from "@/lib/members/follow-member";
import { getViewer } from "@/lib/next/session";
import { translator } from "@/lib/i18n/server";

export async function FollowForm({ member }: { member: { id: number; deleted: boolean } }) {
  const state = await followState(await getViewer(), member);
  if (!state) return null;
  const { following } = state;
  const t = await translator();
  return (
    <ActionForm action={followAction} className="follow-form" label={t("members.followForm")}>
      <input type="hidden" name="memberId" value={member.id} />
      <input type="hidden" name="follow" value={following ? "0" : "1"} />
      <SubmitButton className="button button--small" pendingLabel={t("members.sending")}>{following ? t("members.unfollow") : t("members.follow")}</SubmitButton>
    </ActionForm>
  );
}
