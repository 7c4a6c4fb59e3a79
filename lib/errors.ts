import { t } from "@/lib/i18n/text";
// Typed errors that services throw and actions turn into one user-facing
// (Vietnamese) message each. Anything else is a bug: logged and rethrown.
export { ForbiddenError } from "./permissions";

export class NotFoundError extends Error {
  constructor(message = t("services.notFound")) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Input that fails validation; fieldErrors hold one message per form field. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}

export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}

export function isUserFacingError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    ["ForbiddenError", "NotFoundError", "InvalidInputError", "RateLimitedError"].includes(error.name)
  );
}
