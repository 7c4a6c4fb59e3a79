// What a settings form showed when it was loaded, sent back with it as a
// hidden field ("shown", JSON; components/forms/shown-values.tsx). A field the
// administrator left as it was shown is not written: two administrators
// saving different fields of one form keep each other's changes instead of
// the later save putting back what its page showed (a lost update). Missing
// or unreadable: every field counts as changed, as before this record existed.
import { z } from "zod";

export const SHOWN_FIELD = "shown";

export type ShownValues = Record<string, unknown>;

/** The hidden field, read leniently: anything unreadable is "nothing recorded", never an error. */
export const shownValuesSchema = z.unknown().optional().transform((raw): ShownValues => {
  if (typeof raw !== "string" || raw.length > 20_000) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as ShownValues) : {};
  } catch {
    return {};
  }
});

/** Whether this field was left as the form showed it. */
function leftAsShown(shown: ShownValues, key: string, value: unknown): boolean {
  return Object.hasOwn(shown, key) && JSON.stringify(shown[key]) === JSON.stringify(value);
}

/** The submitted fields the administrator changed from what their form showed. */
export function changedFromShown<T extends Record<string, unknown>>(submitted: T, shown: ShownValues): Partial<T> {
  return Object.fromEntries(Object.entries(submitted).filter(([key, value]) => !leftAsShown(shown, key, value))) as Partial<T>;
}
