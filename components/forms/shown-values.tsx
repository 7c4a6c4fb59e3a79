// The values a settings form was loaded with, sent back with it, so that the
// server writes only what this administrator changed (lib/validation/shown-values.ts).
import { SHOWN_FIELD } from "@/lib/validation/shown-values";

export function ShownValues({ values }: { values: Record<string, unknown> }) {
  return <input type="hidden" name={SHOWN_FIELD} value={JSON.stringify(values)} />;
}
