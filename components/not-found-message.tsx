import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";

export async function NotFoundMessage() {
  const t = await translator();
  return (
    <main className="content content--narrow">
      <h1>{t("common.notFoundTitle")}</h1>
      <p>{t("common.notFoundText")}</p>
      <p>
        <Link href={localized("/")}>{t("common.backToForum")}</Link>
      </p>
    </main>
  );
}
