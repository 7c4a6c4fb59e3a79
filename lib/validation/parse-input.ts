// Runs a zod schema on untrusted input and turns failure into the typed error
// every action knows how to show (first message, plus per-field messages).
import type { z } from "zod";
import "./zod-locale";
import { InvalidInputError } from "@/lib/errors";

/** `message` replaces the first issue's message as the form's summary (the fields keep theirs). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message?: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "_form");
    fieldErrors[key] ??= issue.message;
  }
  throw new InvalidInputError(message ?? parsed.error.issues[0].message, fieldErrors);
}
