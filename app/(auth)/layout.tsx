// The site's header and session notices around this section's pages
// (the root layout has none: see components/site-chrome.tsx).
import { MemberChrome } from "@/components/site-chrome";

export default function SectionLayout({ children }: { children: React.ReactNode }) {
  return <MemberChrome>{children}</MemberChrome>;
}
