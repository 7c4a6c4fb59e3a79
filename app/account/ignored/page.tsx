// /account/ignored: the members this member ignores, each with "Thôi bỏ qua".
import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { IgnoreForm } from "@/components/alerts/ignore-form";
import { listIgnored } from "@/lib/members/ignore-member";
import { requireViewer } from "@/lib/next/session";
import { formatDate } from "@/lib/format";
import { memberPath } from "@/lib/urls";

const TEXT = {
  title: "Thành viên đã bỏ qua",
  intro: "Bài viết của những thành viên này được thu gọn cho bạn, và họ không tạo thông báo nào cho bạn. Ban điều hành không thể bị bỏ qua.",
  none: "Bạn chưa bỏ qua thành viên nào. Nút «Bỏ qua» có trên trang cá nhân và bên cạnh mỗi bài viết.",
  since: (d: string) => `từ ${d}`,
} as const;

export const metadata: Metadata = { title: TEXT.title, robots: { index: false } };

export default async function IgnoredPage() {
  const viewer = await requireViewer("/account/ignored");
  const members = await listIgnored(viewer);
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{TEXT.title}</h1>
      <p className="page-description">{TEXT.intro}</p>
      {members.length === 0 ? <p className="empty">{TEXT.none}</p> : null}
      <ul className="watched-list" data-testid="ignored">
        {members.map((m) => (
          <li key={m.id}>
            <Avatar user={m} size="s" />
            <span className="watched-list__label">
              <Link href={memberPath(m)}>{m.displayName}</Link>
            </span>
            <span className="watched-list__meta">{TEXT.since(formatDate(m.since))}</span>
            <IgnoreForm memberId={m.id} name={m.displayName} ignoring />
          </li>
        ))}
      </ul>
    </main>
  );
}
