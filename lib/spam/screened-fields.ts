// The form fields the spam screen reads (lib/spam/screen-form.ts): the
// honeypot, the signed challenge token and the widget's solution. A file of
// its own, without imports, so actions can name them without pulling in
// the screen.
export const SCREENED_FIELDS = ["website", "formChallenge", "altcha"] as const;
