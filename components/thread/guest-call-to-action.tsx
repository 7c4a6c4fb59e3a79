// Shown to guests where the reply box would be: the source forum's
// "log in once, discuss freely".
import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";

export async function GuestCallToAction({ returnTo }: { returnTo: string }) {
  const t = await translator();
  // Back to this page in its language after logging in.
  const back = encodeURIComponent(localized(returnTo));
  return (
    <div className="guest-cta">
      <Link href={localized(`/login?callbackUrl=${back}`)} className="button button--primary">
        {t("thread.guestCta")}
      </Link>
      <p className="guest-cta__hint">
        {t("thread.noAccount")} <Link href={localized(`/register?callbackUrl=${back}`)}>{t("nav.register")}</Link>
      </p>
    </div>
  );
}
