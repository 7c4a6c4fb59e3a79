"use server";
// Approve or reject a registration held for approval (lib/moderation/held-accounts.ts).
import { redirect } from "next/navigation";
import { reviewHeldMember } from "@/lib/moderation/held-accounts";
import { getViewer } from "@/lib/session";
import { formString, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";

export async function reviewHeldMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: formString(formData, "reason") };
  let decision: string;
  try {
    ({ decision } = await reviewHeldMember(await getViewer(), {
      userId: formData.get("userId") ?? undefined,
      decision: formData.get("decision") ?? undefined,
      reason: values.reason,
    }));
  } catch (error) {
    return toFormError(error, values);
  }
  redirect(`/mod/queue?done=${decision === "approve" ? "member-approved" : "member-rejected"}`);
}
