// A confirmation carried in the URL after a redirect (?done=…), for actions
// whose form disappears once they succeed (a resolved report, an approved
// post). Only known codes are shown, so the URL cannot inject text; the
// words are the catalog's (posts.flash…), in the page's language.
import { translator } from "@/lib/i18n/server";

type Translate = Awaited<ReturnType<typeof translator>>;

function message(t: Translate, code: string): string | undefined {
  switch (code) {
    case "reports-hidden":
      return t("posts.flashReportsHidden");
    case "reports-dismissed":
      return t("posts.flashReportsDismissed");
    case "approved":
      return t("posts.flashApproved");
    case "rejected":
      return t("posts.flashRejected");
    case "member-approved":
      return t("posts.flashMemberApproved");
    case "member-rejected":
      return t("posts.flashMemberRejected");
    case "suspended":
      return t("posts.flashSuspended");
    case "banned":
      return t("posts.flashBanned");
    case "lifted":
      return t("posts.flashLifted");
    case "role":
      return t("posts.flashRole");
    case "two-factor-reset":
      return t("posts.flashTwoFactorReset");
    case "category-created":
      return t("posts.flashCategoryCreated");
    case "category-updated":
      return t("posts.flashCategoryUpdated");
    case "category-deleted":
      return t("posts.flashCategoryDeleted");
    // Thread tools (components/moderation/thread-mod-tools.tsx).
    case "thread-lock":
      return t("posts.flashThreadLock");
    case "thread-unlock":
      return t("posts.flashThreadUnlock");
    case "thread-pin":
      return t("posts.flashThreadPin");
    case "thread-unpin":
      return t("posts.flashThreadUnpin");
    case "thread-move":
      return t("posts.flashThreadMove");
    case "thread-rename":
      return t("posts.flashThreadRename");
    default:
      return undefined;
  }
}

export async function Flash({ code }: { code: string | string[] | undefined }) {
  if (typeof code !== "string") return null;
  const text = message(await translator(), code);
  if (!text) return null;
  return (
    <p className="notice notice--success" role="status">
      {text}
    </p>
  );
}
