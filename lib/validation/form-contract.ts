// The state a form and its server action pass back and forth (see
// form-state.ts for the helpers actions build it with). Kept apart, free of
// imports, because client components import it: the helpers pull in zod and
// the account schemas, which have no business in the browser's JavaScript.

export type FormState = {
  status: "idle" | "error" | "success" | "preview";
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** Extra data for the form, e.g. a preview's HTML. */
  data?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
