// "Tạo chủ đề", on the forum index and the category pages. Offered wherever
// the viewer's kind of member may start threads: to guests too (it leads
// them to log in, then back to the form) and to members who cannot post yet
// (the form's page says why). Staff-only categories offer it to staff alone.
import Link from "next/link";
import { isStaff, type CategoryTarget, type Viewer } from "@/lib/permissions";
import { newThreadPath } from "@/lib/urls";

export function offersNewThread(viewer: Viewer | null, category: CategoryTarget): boolean {
  return !category.staffThreadsOnly || isStaff(viewer);
}

export function NewThreadButton({ category }: { category: { slug: string } }) {
  return (
    <Link href={newThreadPath(category)} className="button button--primary" data-testid="new-thread-button">
      Tạo chủ đề
    </Link>
  );
}
