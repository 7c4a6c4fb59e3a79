// The forum's main navigation, as on XenForo: Diễn đàn · Bài mới · Thành
// viên · Tìm kiếm. Wide screens show the links in the header; phones get a
// compact "Menu" that is a <details> element, so it opens without
// JavaScript. Reads nothing, so the guests' cached pages show it too.
import Link from "next/link";
import { WHATS_NEW_PATH } from "@/lib/urls";
import "./header.css";

const TEXT = { nav: "Điều hướng chính", navPhone: "Điều hướng chính (menu)", menu: "Menu" } as const;

export const MAIN_NAV = [
  { href: "/", label: "Diễn đàn" },
  { href: WHATS_NEW_PATH, label: "Bài mới" },
  // Built with the member list (issue 20, member cards).
  { href: "/members", label: "Thành viên" },
  { href: "/search", label: "Tìm kiếm" },
] as const;

function Links() {
  return (
    <ul className="main-nav__list">
      {MAIN_NAV.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className="main-nav__link">
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function MainNav() {
  return (
    <>
      <nav aria-label={TEXT.nav} className="main-nav main-nav--wide">
        <Links />
      </nav>
      <details className="main-nav main-nav--phone">
        <summary className="main-nav__summary">{TEXT.menu}</summary>
        <nav aria-label={TEXT.navPhone} className="main-nav__panel">
          <Links />
        </nav>
      </details>
    </>
  );
}
