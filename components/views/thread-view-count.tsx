// "Lượt xem: N" on a thread page, read at render apart from the cached thread
// (lib/views/read-view-counts.ts says how far it lags on a cached page).
import "./views.css";
import { formatNumber } from "@/lib/format";
import { threadViewCount } from "@/lib/views/read-view-counts";
import { translator } from "@/lib/i18n/server";

export async function ThreadViewCount({ threadId }: { threadId: number }) {
  const [views, t] = await Promise.all([threadViewCount(threadId), translator()]);
  return (
    <span className="thread-view-count" data-testid="view-count">
      {t("thread.viewCountLabel")}: {formatNumber(views)}
    </span>
  );
}

/** The row's line in a thread list; its label ("Lượt xem") from the list, translated once for all rows. */
export function ViewCountLine({ views, label }: { views: number; label: string }) {
  return (
    <span className="thread-list__views" data-testid="row-view-count">
      {label}: {formatNumber(views)}
    </span>
  );
}
