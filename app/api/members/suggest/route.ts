// Username suggestions for the recipients field (members who may take part only; public names only).
import { suggestMembers } from "@/lib/conversations/suggest-members";
import { getViewer } from "@/lib/next/session";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return Response.json(await suggestMembers(await getViewer(), { q }), { headers: { "cache-control": "private, no-store" } });
}
