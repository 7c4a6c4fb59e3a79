// Post permalink: /posts/<id> redirects to the thread page that holds the post,
// scrolled to it.
import { NextResponse } from "next/server";
import { locatePost } from "@/lib/forum/locate-post";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const postId = Number(id);
  const target = Number.isSafeInteger(postId) && postId > 0 ? await locatePost(postId) : null;
  if (!target) return new NextResponse("Không tìm thấy bài viết.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return NextResponse.redirect(new URL(target, request.url), 308);
}
