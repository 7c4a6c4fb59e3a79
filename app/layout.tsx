import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/site-header";
import { AccountLinks } from "@/components/account-links";
import { SessionNotices } from "@/components/account/session-notices";
import { SITE_FEED_PATH, siteUrl } from "@/lib/urls";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Bàn Luận", template: "%s | Bàn Luận" },
  description: "Bàn Luận — diễn đàn thảo luận công nghệ bằng tiếng Việt.",
  openGraph: { siteName: "Bàn Luận", locale: "vi_VN" },
  alternates: { types: { "application/rss+xml": [{ url: SITE_FEED_PATH, title: "Bàn Luận — chủ đề mới" }] } },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#185886" },
    { media: "(prefers-color-scheme: dark)", color: "#0f2233" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body id="top">
        <a href="#main" className="skip-link">
          Bỏ qua đến nội dung chính
        </a>
        <SiteHeader accountSlot={<AccountLinks />} />
        <div className="page" id="main">
          <SessionNotices />
          {children}
        </div>
        <footer className="site-footer">
          <p>Bàn Luận — diễn đàn thảo luận tiếng Việt.</p>
        </footer>
        <a href="#top" className="back-to-top" aria-label="Lên đầu trang">
          Top
        </a>
      </body>
    </html>
  );
}
