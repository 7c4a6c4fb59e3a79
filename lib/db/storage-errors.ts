import { t } from "@/lib/i18n/text";
// Errors that mean "the database could not store this now" (disk full, a
// write error, the write lock not obtained in time) rather than a bug: the
// form answers with a message and the member's text, and the same form can be
// sent again once the server can write. Matched by driver and Prisma error
// codes, never by message text.
const DRIVER_CODES = new Set(["SQLITE_FULL", "SQLITE_BUSY", "SQLITE_READONLY", "SQLITE_CANTOPEN"]);
// P1008: operation timed out (SQLITE_BUSY after the busy timeout);
// P2028: transaction API error (a transaction's lock not obtained in time).
const PRISMA_CODES = new Set(["P1008", "P2028"]);

export function isStorageUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    // SQLITE_BUSY_SNAPSHOT and the other extended busy codes: another process held or moved the lock.
    if (DRIVER_CODES.has(code) || code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_BUSY") || PRISMA_CODES.has(code)) return true;
  }
  return false;
}

/** What the form says, in the request's language. */
export function storageUnavailableMessage(): string {
  return t("services.storageUnavailable");
}
