// "Tạo chủ đề", on the forum index and the category pages. Offered wherever
// the viewer's kind of member may start threads: to guests too (it leads
// them to log in, then back to the form) and to members who cannot post yet
// (the form's page says why). Staff-only categories offer it to staff alone.
import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";
import { isStaff, type CategoryTarget, type Viewer } from "@/lib/permissions";
import { newThreadPath } from "@/lib/urls";

export function offersNewThread(viewer: Viewer | null, category: CategoryTarget): boolean {
  return !category.staffThreadsOnly || isStaff(viewer);
}

export async function NewThreadButton({ category }: { category: { slug: string } }) {
  const t = await translator();
  return (
    <Link href={localized(newThreadPath(category))} className="button button--primary" data-testid="new-thread-button">
      {t("lists.newThread")}
    </Link>
  );
}
