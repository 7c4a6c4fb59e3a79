// Maps the typed errors services throw to the form's error state; anything
// else is a bug, logged once and rethrown (Next.js shows the error page).
import "server-only";
import { InvalidInputError, isUserFacingError } from "@/lib/errors";
import type { FormState } from "@/lib/validation/form-state";

export function toFormError(error: unknown, values: Record<string, string>): FormState {
  if (isUserFacingError(error)) {
    return {
      status: "error",
      message: error.message,
      errors: error instanceof InvalidInputError ? error.fieldErrors : undefined,
      values,
    };
  }
  console.error("Unexpected error in a form action:", error);
  throw error;
}
