import { t } from "@/lib/i18n/text";
// The honeypot: a field people never see (moved off-screen by CSS, hidden
// from assistive technology, out of the tab order, no autofill) under a name
// a form-filling robot cannot resist. Anything in it means a robot: the
// submission is refused with a neutral message and nothing is stored.
export const HONEYPOT_FIELD = "website";

export const HONEYPOT_MESSAGE = () => t("services.spamHoneypot");

export function honeypotFilled(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/** One line in the server log per caught submission (the address is hashed by the caller). */
export function logHoneypot(form: string, ipHash: string | null): void {
  console.warn(`[spam] Bẫy honeypot bắt được một lần gửi biểu mẫu ${form} (địa chỉ băm: ${ipHash ?? "không rõ"}).`);
}
