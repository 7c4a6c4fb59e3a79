"use server";
// Picture actions outside post forms (those travel with their post, in
// actions/forum.ts): a member's avatar.
import { field, formAction, inPlace } from "@/lib/next/action";
import { expireMemberAppearances } from "@/lib/next/expire";
import { threadsShowingMember } from "@/lib/forum/member-threads";
import { changeAvatar } from "@/lib/uploads/avatar";

export const changeAvatarAction = formAction({
  input: (form) => ({ intent: field(form, "intent"), avatar: form.getAll("avatar") }),
  loginFirst: "/account",
  service: changeAvatar,
  // The avatar shows beside their posts, on cached pages too.
  expire: async ({ memberId }) => expireMemberAppearances(await threadsShowingMember(memberId)),
  answer: ({ message }) => inPlace(message),
});
