"use server";
// An administrator turns a member's two-step login off (the lost-device
// recovery path); the service authorises and logs it.
import { redirect } from "next/navigation";
import { resetMemberTwoFactor } from "@/lib/moderation/reset-two-factor";
import { getViewer } from "@/lib/session";
import { formFields, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";

export async function resetTwoFactorAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: String(formData.get("reason") ?? "").slice(0, 300) };
  let member: { username: string };
  try {
    member = await resetMemberTwoFactor(await getViewer(), formFields(formData, ["userId", "reason"]));
  } catch (error) {
    return toFormError(error, values);
  }
  redirect(`/mod/members/${encodeURIComponent(member.username)}?done=two-factor-reset`);
}
