// Whether the database answers, as this server process last saw it. Set by
// the errors of requests (instrumentation.ts onRequestError) and by a
// background ping (lib/next/server-background.ts); read by the request gate,
// which answers 503 with a Vietnamese "temporarily unavailable" page while
// the database is down instead of letting every page fail with a 500. The
// pool reconnects by itself: the first ping that succeeds ends the outage.
const state = globalThis as unknown as { __banluanDbDownSince?: number | null };

/** Prisma error codes and driver-adapter kinds that mean "cannot reach the database". */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_TEXT = /DatabaseNotReachable|ConnectionClosed|Connection terminated|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down)|terminating connection due to administrator command|timeout exceeded when trying to connect/i;

export function isUnreachableError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
    const kind = (e as { cause?: { kind?: unknown } }).cause?.kind;
    if (typeof kind === "string" && UNREACHABLE_TEXT.test(kind)) return true;
    if (UNREACHABLE_TEXT.test(String((e as { message?: unknown }).message ?? ""))) return true;
    e = (e as { cause?: unknown; meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export function markDatabaseDown(): void {
  if (!state.__banluanDbDownSince) {
    state.__banluanDbDownSince = Date.now();
    console.warn("Bàn Luận: không kết nối được cơ sở dữ liệu; trả lời 503 cho tới khi kết nối lại.");
  }
}

export function markDatabaseUp(): void {
  if (state.__banluanDbDownSince) {
    console.warn(`Bàn Luận: đã kết nối lại cơ sở dữ liệu sau ${Math.round((Date.now() - state.__banluanDbDownSince) / 1000)} s.`);
    state.__banluanDbDownSince = null;
  }
}

/** Since when the database has been unreachable (ms epoch), or null. */
export function databaseDownSince(): number | null {
  return state.__banluanDbDownSince ?? null;
}
