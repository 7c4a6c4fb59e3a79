// "Bài chưa đọc đầu tiên": /threads/<slug>.<id>/unread redirects to the
// permalink of the first post the member has not read (the last post when
// all is read; a guest, who has no read state, to the first). A plain link
// that works without JavaScript, straight to the post's page and anchor. The
// Location is a path, so the browser keeps the host it used, and keeps the
// language: from /en/… (the English lists' link) to the English thread page.
import { locatePostFor } from "@/lib/forum/locate-post";
import { localeHref } from "@/lib/i18n/locales";
import { currentLocale } from "@/lib/i18n/request-locale";
import { t } from "@/lib/i18n/text";
import { firstUnreadPostId } from "@/lib/forum/unread";
import { getViewer } from "@/lib/next/session";
import { parseSlugId } from "@/lib/urls";

export async function GET(_request: Request, { params }: { params: Promise<{ slugId: string }> }) {
  const parsed = parseSlugId((await params).slugId);
  const viewer = await getViewer();
  const postId = parsed ? await firstUnreadPostId(viewer, parsed.id) : null;
  // Straight to the page and anchor (one redirect, not two through /posts/<id>).
  const target = postId ? await locatePostFor(viewer, postId) : null;
  if (!target) {
    return new Response(t("lists.threadNotFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // 303: where it leads changes as the member reads; never cached.
  return new Response(null, { status: 303, headers: { location: localeHref(currentLocale(), target), "cache-control": "private, no-store" } });
}
