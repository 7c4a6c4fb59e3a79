// zod's own messages (for rules without a custom message) in the request's
// language: Vietnamese, the forum's, outside a request and on Vietnamese
// pages; English under /en (lib/i18n/request-locale.ts). Imported by every
// module that validates input. z.config is global, so the language is chosen
// per issue, when zod writes the message.
import { z } from "zod";
import { currentLocale } from "@/lib/i18n/request-locale";

const vietnamese = z.locales.vi();
const english = z.locales.en();

z.config({ localeError: (issue) => (currentLocale() === "en" ? english : vietnamese).localeError(issue) });

export {};
