// Post permalink: /posts/<id> redirects to the thread page that holds the post,
// scrolled to it. The Location is a path, so the browser keeps the host it used.
import { locatePostFor } from "@/lib/forum/locate-post";
import { getViewer } from "@/lib/next/session";
import { t } from "@/lib/i18n/text";
import { localized } from "@/lib/i18n/server";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const postId = Number((await params).id);
  const target = Number.isSafeInteger(postId) && postId > 0 ? await locatePostFor(await getViewer(), postId) : null;
  if (!target) {
    return new Response(t("posts.postNotFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // An English permalink leads to the English thread page.
  return new Response(null, { status: 308, headers: { location: localized(target) } });
}
