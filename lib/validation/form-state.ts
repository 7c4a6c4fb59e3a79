// The contract between a form and its server action: the action returns what
// the form shows next — a message, one error per field, and the values typed
// (never passwords) so nothing has to be typed twice. The same state renders
// with JavaScript (useActionState) and without (the page re-rendered after a
// plain POST).
import type { z } from "zod";
import { fieldErrors } from "./account";

export { IDLE, type FormState } from "./form-contract";
import type { FormState } from "./form-contract";
import { t } from "@/lib/i18n/text";

/** A string field of a submitted form ("" when absent or a file). */
export function formString(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The non-secret fields of a submitted form, as typed. */
export function typedValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 500);
  }
  return values;
}

/** The submitted fields as strings (files and repeated fields are ignored). */
export function formFields(formData: FormData, fields: readonly string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const field of fields) {
    const value = formData.get(field);
    out[field] = typeof value === "string" ? value : undefined;
  }
  return out;
}

export function invalid(error: z.ZodError, values: Record<string, string>, message = t("validation.fixBelow")): FormState {
  return { status: "error", message, errors: fieldErrors(error) as Record<string, string>, values };
}

export function failed(message: string, values?: Record<string, string>, errors?: Record<string, string>): FormState {
  return { status: "error", message, values, errors };
}

export function succeeded(message: string, values?: Record<string, string>): FormState {
  return { status: "success", message, values };
}
