// Maps the typed errors services throw to the form's error state; anything
// else is a bug, logged once and rethrown (Next.js shows the error page).
import "server-only";
import { InvalidInputError, isUserFacingError } from "@/lib/errors";
import { isStorageUnavailable, storageUnavailableMessage } from "@/lib/db/storage-errors";
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
  if (isStorageUnavailable(error)) {
    // Not a bug but the server's state (disk full, say): logged, and the
    // member keeps the text to send the same form again (its token makes a
    // resend safe).
    console.error("Storage unavailable in a form action:", error);
    return { status: "error", message: storageUnavailableMessage(), values };
  }
  console.error("Unexpected error in a form action:", error);
  throw error;
}
