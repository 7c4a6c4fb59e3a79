// Account area of the header. Guests get the log-in and register links.
import Link from "next/link";

export function AccountLinks() {
  return (
    <ul className="account-links">
      <li>
        <Link href="/login">Đăng nhập</Link>
      </li>
      <li>
        <Link href="/register" className="button button--small">
          Đăng ký
        </Link>
      </li>
    </ul>
  );
}
