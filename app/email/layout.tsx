// Pages reached from e-mails (one-click unsubscribe), logged in or not.
import { MemberChrome } from "@/components/site-chrome";

export default function SectionLayout({ children }: { children: React.ReactNode }) {
  return <MemberChrome>{children}</MemberChrome>;
}
