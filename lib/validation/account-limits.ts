// The lengths the account forms allow. Kept apart, free of imports, because
// the client forms (register, setup, reset password) show them as `minLength`
// and hints: importing them from account.ts would ship zod and the list of
// common passwords to the browser (tests/e2e/client-bundle.spec.ts checks).
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
export const PASSWORD_MIN = 10;
/** argon2 cost grows with input; nobody types more than this. */
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 50;
export const EMAIL_MAX = 254;
