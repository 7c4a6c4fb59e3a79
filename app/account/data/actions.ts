"use server";
// "Xóa tài khoản" (lib/accounts/account-deletion.ts): a thin action; the
// service validates, re-authenticates and authorises.
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { signOut } from "@/lib/next/auth";
import { requestAccountDeletion } from "@/lib/accounts/account-deletion";
import { currentSessionId, getViewer, requestIp } from "@/lib/next/session";
import { formString, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { mode: formString(formData, "mode"), confirmUsername: formString(formData, "confirmUsername") };
  try {
    await requestAccountDeletion(
      db,
      await getViewer(),
      { mode: formData.get("mode") ?? undefined, password: formData.get("password") ?? undefined, confirmUsername: formData.get("confirmUsername") ?? undefined },
      { ip: await requestIp(), sessionId: await currentSessionId() },
    );
  } catch (error) {
    return toFormError(error, values);
  }
  // Every session was ended by the service; this clears this browser's cookie too.
  await signOut({ redirect: false });
  redirect("/login?notice=deletion-requested");
}
