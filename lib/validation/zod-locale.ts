// zod's own messages (for rules without a custom message) in Vietnamese, the
// forum's language. Imported by every module that validates input.
import { z } from "zod";

z.config(z.locales.vi());

export {};
