// Header for the guests' cached pages: the guest variant, which reads no
// cookie (components/site-chrome.tsx).
import { GuestChrome } from "@/components/site-chrome";

export default function GuestViewLayout({ children }: { children: React.ReactNode }) {
  return <GuestChrome>{children}</GuestChrome>;
}
