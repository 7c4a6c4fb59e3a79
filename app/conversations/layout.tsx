// Conversations: per member, per request, never indexed or cached (Next.js
// sends `private, no-store` for these dynamic pages; nothing here is cached
// in the shared page cache).
import type { Metadata } from "next";
import { MemberChrome } from "@/components/site-chrome";
import { forumNameForTitles } from "@/components/header/forum-brand";
import { translator } from "@/lib/i18n/server";

// The forum's name from the settings (components/header/forum-brand.tsx).
export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return {
    title: { default: t("conversations.title"), template: t("conversations.titleTemplate", { forum: await forumNameForTitles() }) },
    robots: { index: false, follow: false },
  };
}
export const dynamic = "force-dynamic";

export default function ConversationsLayout({ children }: { children: React.ReactNode }) {
  return <MemberChrome>{children}</MemberChrome>;
}
