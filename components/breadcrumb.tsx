import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";

export type Crumb = { href: string; label: string };

export async function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = await translator();
  return (
    <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
      <ol>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={localized(item.href)}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
