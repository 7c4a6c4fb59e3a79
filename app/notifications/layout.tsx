// The site's header and session notices around this section's pages
// (the root layout has none: see components/site-chrome.tsx). The header
// waits for the page's marking (opened.ts), so its unread count is the one
// after this page was read.
import { MemberChrome } from "@/components/site-chrome";
import { openNotifications } from "./opened";

export default async function SectionLayout({ children }: { children: React.ReactNode }) {
  await openNotifications();
  return <MemberChrome>{children}</MemberChrome>;
}
