// Conversations: per member, per request, never indexed or cached (Next.js
// sends `private, no-store` for these dynamic pages; nothing here is cached
// in the shared page cache).
import type { Metadata } from "next";
import { MemberChrome } from "@/components/site-chrome";

export const metadata: Metadata = { title: { default: "Hội thoại", template: "%s · Hội thoại | Bàn Luận" }, robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default function ConversationsLayout({ children }: { children: React.ReactNode }) {
  return <MemberChrome>{children}</MemberChrome>;
}
