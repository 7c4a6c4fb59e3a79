// The header's brand: the forum's name from Cài đặt → Diễn đàn. Read through
// the settings cache, so every cached page carries the settings tag and saving
// a new name expires them all (actions/moderation.ts, expireSettings) — the
// fast path drops its copies with them.
import { getCachedSiteSettings } from "@/lib/next/cached-site-settings";
import { DEFAULT_SITE_SETTINGS } from "@/lib/site/site-settings";

export async function ForumBrand() {
  try {
    return <>{(await getCachedSiteSettings()).forumName}</>;
  } catch {
    // No database (a page prerendered while building): the default name rather than no page.
    return <>{DEFAULT_SITE_SETTINGS.forumName}</>;
  }
}

/** The forum's name for a section's title template ("%s · Điều hành | <name>"). */
export async function forumNameForTitles(): Promise<string> {
  try {
    return (await getCachedSiteSettings()).forumName;
  } catch {
    return DEFAULT_SITE_SETTINGS.forumName;
  }
}
