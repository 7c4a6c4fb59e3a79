// The newest visible posts as JSON, for the sidebar widget's live refresh.
// Public data only (what every guest sees in the widget).
import { listNewestPosts } from "@/lib/forum/list-threads";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await listNewestPosts(), { headers: { "cache-control": "no-store" } });
}
