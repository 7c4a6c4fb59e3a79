// The member's chosen language, read once a request (the account menu's
// language section and the redirect to it both ask).
import { cache } from "react";
import { readMemberLocale } from "@/lib/accounts/member-locale";

export const memberLocale = cache(readMemberLocale);
