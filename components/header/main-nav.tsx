// The forum's main navigation, as on XenForo: Diễn đàn · Bài mới · Thành
// viên · Tìm kiếm. Wide screens show the links in the header; phones get a
// compact "Menu" that is a <details> element, so it opens without
// JavaScript. Reads nothing, so the guests' cached pages show it too.
import Link from "next/link";
import { WHATS_NEW_PATH } from "@/lib/urls";
import "./header.css";
import { localized, translator } from "@/lib/i18n/server";

type Translate = Awaited<ReturnType<typeof translator>>;

/** The links, with their labels' keys written whole (tests/unit/i18n/catalogs.test.ts finds them). */
export function mainNav(t: Translate) {
  return [
    { href: "/", label: t("nav.forums") },
    { href: WHATS_NEW_PATH, label: t("nav.whatsNew") },
    // Built with the member list (issue 20, member cards).
    { href: "/members", label: t("nav.members") },
    { href: "/search", label: t("nav.search") },
  ];
}

function Links({ t }: { t: Translate }) {
  return (
    <ul className="main-nav__list">
      {mainNav(t).map((item) => (
        <li key={item.href}>
          <Link href={localized(item.href)} className="main-nav__link">
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export async function MainNav() {
  const t = await translator();
  return (
    <>
      <nav aria-label={t("nav.main")} className="main-nav main-nav--wide">
        <Links t={t} />
      </nav>
      <details className="main-nav main-nav--phone">
        <summary className="main-nav__summary">{t("nav.menu")}</summary>
        <nav aria-label={t("nav.mainPhone")} className="main-nav__panel">
          <Links t={t} />
        </nav>
      </details>
    </>
  );
}
