// The contract between a form and its server action: the action answers with
// a message, per-field errors and the values to put back in the form, so a
// failed submission never loses what the member wrote.
export type FormState = {
  status: "idle" | "error" | "success" | "preview";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Extra data for the form, e.g. preview HTML. */
  data?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

/** A string field of a submitted form ("" when absent or a file). */
export function formString(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
