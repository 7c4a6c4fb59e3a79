// The header on every page: the forum's name, search, and the account links.
import Link from "next/link";

export function SiteHeader({ accountSlot }: { accountSlot: React.ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__logo">
          Bàn Luận
        </Link>
        <form action="/search" method="get" role="search" className="site-header__search">
          <label htmlFor="site-search" className="visually-hidden">
            Tìm kiếm
          </label>
          <input id="site-search" type="search" name="q" placeholder="Tìm kiếm…" maxLength={200} />
          <button type="submit">Tìm</button>
        </form>
        <nav aria-label="Tài khoản" className="site-header__account">
          {accountSlot}
        </nav>
      </div>
    </header>
  );
}
