// "Đến trang": a GET form that the category page turns into a redirect to
// /page-N (works without JavaScript); shown beside the page links.
import { localized, translator } from "@/lib/i18n/server";

export async function PageJump({ action, total, current, id }: { action: string; total: number; current: number; id: string }) {
  if (total <= 1) return null;
  const t = await translator();
  return (
    <form method="get" action={localized(action)} className="page-jump">
      <label htmlFor={id}>{t("lists.pageJump")}</label>
      <input id={id} type="number" name="page" min={1} max={total} defaultValue={current} inputMode="numeric" required />
      <button type="submit" className="button button--small">
        {t("lists.pageJumpGo")}
      </button>
    </form>
  );
}
