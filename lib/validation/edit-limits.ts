// The edit reason's length, shown by the edit form (a client component) and
// enforced by lib/validation/edit-reason.ts: kept free of imports so the
// browser does not get zod with it.
export const EDIT_REASON_MAX = 200;
