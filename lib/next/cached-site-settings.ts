// The site settings (lib/site/site-settings.ts) from the server cache, under
// the settings tag that saving any setting expires.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { SETTINGS_TAG } from "@/lib/cache/tags";
import { getSiteSettings } from "@/lib/site/site-settings";

export const getCachedSiteSettings = cache(() => unstable_cache(() => getSiteSettings(), ["site-settings"], { tags: [SETTINGS_TAG] })());
