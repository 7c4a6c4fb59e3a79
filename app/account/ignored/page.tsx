// /account/ignored: the members this member ignores, each with "Thôi bỏ qua".
import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { IgnoreForm } from "@/components/alerts/ignore-form";
import { listIgnored } from "@/lib/members/ignore-member";
import { requireViewer } from "@/lib/next/session";
import { formatDate } from "@/lib/format";
import { memberPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("account.ignoredLink"), robots: { index: false } };
}

export default async function IgnoredPage() {
  const viewer = await requireViewer("/account/ignored");
  const members = await listIgnored(viewer);
  const t = await translator();
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{t("account.ignoredLink")}</h1>
      <p className="page-description">{t("account.ignoredIntro")}</p>
      {members.length === 0 ? <p className="empty">{t("account.ignoredNone")}</p> : null}
      <ul className="watched-list" data-testid="ignored">
        {members.map((m) => (
          <li key={m.id}>
            <Avatar user={m} size="s" />
            <span className="watched-list__label">
              <Link href={localized(memberPath(m))}>{m.displayName}</Link>
            </span>
            <span className="watched-list__meta">{t("account.ignoredSince", { date: formatDate(m.since) })}</span>
            <IgnoreForm memberId={m.id} name={m.displayName} ignoring />
          </li>
        ))}
      </ul>
    </main>
  );
}
