"use server";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { registerMember } from "@/lib/accounts/register-member";
import { retryAfterMessage } from "@/lib/rate-limit";
import { requestIp } from "@/lib/session";
import { getSettings } from "@/lib/settings";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { screenForm, screenedFields } from "@/lib/spam/screen-form";
import { registerSchema } from "@/lib/validation/account";
import { failed, formFields, invalid, typedValues, type FormState } from "@/lib/validation/form-state";

const FIELDS = ["displayName", "username", "email", "password"] as const;

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "username", "email"]);
  // The challenge token goes back with every answer: the same one while it is
  // unused, a fresh one once it was spent (the form is sent again with it).
  const sameToken = { ...values, formChallenge: String(formData.get("formChallenge") ?? "") };
  const parsed = registerSchema.safeParse(formFields(formData, FIELDS));
  if (!parsed.success) return invalid(parsed.error, sameToken);

  const ip = await requestIp();
  const screen = await screenForm(db, screenedFields(formData), "register", { ip });
  if (!screen.ok) return withChallenge(failed(screen.message, screen.keepToken ? sameToken : values), screen.keepToken);

  const settings = await getSettings();
  const result = await registerMember(db, parsed.data, {
    ip,
    hold: { after: settings.holdRegistrationsAfter, hours: settings.holdRegistrationsHours },
  });
  if (!result.ok) {
    if ("reason" in result) return withChallenge(failed(`Bạn đã đăng ký quá nhiều lần từ mạng này. ${retryAfterMessage(result.retryAt)}`, values));
    return withChallenge(failed("Vui lòng sửa các lỗi bên dưới.", values, result.errors));
  }
  if (result.held) redirect("/login?notice=held");
  redirect(result.mail.ok ? "/login?notice=registered" : "/login?notice=registered-nomail");
}

/** The answer, with a new challenge for the next attempt unless the current one is still good. */
async function withChallenge(state: FormState, keep = false): Promise<FormState> {
  if (keep) return state;
  const next = await issueFormChallenge("register");
  return { ...state, values: { ...state.values, formChallenge: next.token }, data: { ...state.data, altcha: next.altcha } };
}
