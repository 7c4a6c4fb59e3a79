// The moderators' area. Only staff get past this layout; every action inside
// is authorised again by its service (a layout is not a security boundary).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { canManageCategories, canManageSettings, canModerate, lacksRequiredTwoFactor } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";
import { MemberChrome } from "@/components/site-chrome";
import { forumNameForTitles } from "@/components/header/forum-brand";

// The forum's name from the settings (components/header/forum-brand.tsx).
export async function generateMetadata(): Promise<Metadata> {
  return { title: { default: "Điều hành", template: `%s · Điều hành | ${await forumNameForTitles()}` }, robots: { index: false } };
}

export default async function ModLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  // Staff the forum requires two-step login of are sent to turn it on first.
  if (lacksRequiredTwoFactor(viewer)) redirect("/account/security?required=staff");
  if (!canModerate(viewer)) notFound();
  return (
    <MemberChrome>
      <div className="mod-layout">
        <nav aria-label="Điều hành" className="mod-nav">
          <ul>
            <li><Link href="/mod/queue">Hàng chờ duyệt</Link></li>
            <li><Link href="/mod/reports">Báo cáo</Link></li>
            <li><Link href="/mod/conversation-reports">Báo cáo tin nhắn riêng</Link></li>
            <li><Link href="/mod/members">Thành viên</Link></li>
            <li><Link href="/mod/log">Nhật ký</Link></li>
            {canManageSettings(viewer) ? (
              <>
                <li><Link href="/mod/articles">Đăng bài viết</Link></li>
                <li><Link href="/mod/word-filter">Bộ lọc từ</Link></li>
                <li><Link href="/mod/settings">Cài đặt</Link></li>
              </>
            ) : null}
            {canManageCategories(viewer) ? <li><Link href="/mod/categories">Chuyên mục</Link></li> : null}
          </ul>
        </nav>
        <main className="content">{children}</main>
      </div>
    </MemberChrome>
  );
}
