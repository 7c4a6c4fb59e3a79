"use server";
// Member-to-member actions (following). Thin: the service parses and authorises.
import { fields, formAction, inPlace } from "@/lib/next/action";
import { setFollowing } from "@/lib/members/follow-member";
import { t } from "@/lib/i18n/text";

export const followAction = formAction({
  input: (form) => fields(form, ["memberId", "follow"]),
  service: setFollowing,
  answer: ({ following }) => inPlace(following ? t("services.membersFollowed") : t("services.membersUnfollowed")),
});
