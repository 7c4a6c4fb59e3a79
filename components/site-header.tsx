// The header on every page: the forum's name, the main navigation, search,
// the tools' slot, and the account links.
import Link from "next/link";
import { MainNav } from "@/components/header/main-nav";
import { ForumBrand } from "@/components/header/forum-brand";

type Props = {
  accountSlot: React.ReactNode;
  /**
   * Header tools beside the account menu, one item each (the alerts bell,
   * the conversations' inbox count): each feature passes its own element.
   */
  toolSlots?: React.ReactNode;
};

export function SiteHeader({ accountSlot, toolSlots }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__logo">
          <ForumBrand />
        </Link>
        <MainNav />
        <form action="/search" method="get" role="search" className="site-header__search">
          <label htmlFor="site-search" className="visually-hidden">
            Tìm kiếm
          </label>
          <input id="site-search" type="search" name="q" placeholder="Tìm kiếm…" maxLength={200} />
          <button type="submit">Tìm</button>
        </form>
        {toolSlots ? <div className="site-header__tools">{toolSlots}</div> : null}
        <nav aria-label="Tài khoản" className="site-header__account">
          {accountSlot}
        </nav>
      </div>
    </header>
  );
}
