// Shown to guests where the reply box would be: the source forum's
// "log in once, discuss freely".
import Link from "next/link";

export function GuestCallToAction({ returnTo }: { returnTo: string }) {
  return (
    <div className="guest-cta">
      <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`} className="button button--primary">
        Đăng nhập một lần thảo luận tẹt ga
      </Link>
      <p className="guest-cta__hint">
        Chưa có tài khoản? <Link href={`/register?callbackUrl=${encodeURIComponent(returnTo)}`}>Đăng ký</Link>
      </p>
    </div>
  );
}
