// The header on every page: the forum's name, the main navigation, search,
// the tools' slot, and the account links.
import Link from "next/link";
import { MainNav } from "@/components/header/main-nav";
import { localized, translator } from "@/lib/i18n/server";
import { ForumBrand } from "@/components/header/forum-brand";

type Props = {
  accountSlot: React.ReactNode;
  /**
   * Header tools beside the account menu, one item each (the alerts bell,
   * the conversations' inbox count): each feature passes its own element.
   */
  toolSlots?: React.ReactNode;
};

export async function SiteHeader({ accountSlot, toolSlots }: Props) {
  const t = await translator();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={localized("/")} className="site-header__logo">
          <ForumBrand />
        </Link>
        <MainNav />
        <form action={localized("/search")} method="get" role="search" className="site-header__search">
          <label htmlFor="site-search" className="visually-hidden">
            {t("nav.search")}
          </label>
          <input id="site-search" type="search" name="q" placeholder={t("nav.searchPlaceholder")} maxLength={200} />
          <button type="submit">{t("nav.searchButton")}</button>
        </form>
        {toolSlots ? <div className="site-header__tools">{toolSlots}</div> : null}
        <nav aria-label={t("nav.account")} className="site-header__account">
          {accountSlot}
        </nav>
      </div>
    </header>
  );
}
