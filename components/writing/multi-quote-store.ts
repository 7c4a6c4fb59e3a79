// The multi-quote selection in the browser (with JavaScript): the ids of the
// posts collected in a thread, in this tab's sessionStorage so it follows the
// member from page to page of the thread and ends with the tab. Components
// that show it listen for CHANGED.
export const CHANGED = "banluan:multi-quote-changed";
const key = (threadId: number) => `banluan:multi-quote:${threadId}`;

export function readSelection(threadId: number): number[] {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(key(threadId)) ?? "[]") as unknown;
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isSafeInteger(n) && n > 0) : [];
  } catch {
    return [];
  }
}

export function writeSelection(threadId: number, ids: readonly number[]): void {
  try {
    if (ids.length === 0) sessionStorage.removeItem(key(threadId));
    else sessionStorage.setItem(key(threadId), JSON.stringify(ids));
  } catch {
    // Storage refused (private mode, full): the selection lives for this page only.
  }
  window.dispatchEvent(new CustomEvent(CHANGED, { detail: threadId }));
}
