// GET /account/data/export: the member's own data as a zip
// (lib/accounts/export-member-data.ts). Authenticated by the session (a
// guest is sent to log in), never cached anywhere: private, no-store.
import { db } from "@/lib/db";
import { exportMemberZip, ExportTooLargeError } from "@/lib/accounts/export-member-data";
import { currentSessionId, getViewer } from "@/lib/next/session";
import { siteUrl } from "@/lib/urls";
import { loginPath } from "@/lib/next/login-path";

const PRIVATE = { "cache-control": "private, no-store", "x-robots-tag": "noindex" };

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) {
    return new Response(null, { status: 303, headers: { ...PRIVATE, location: loginPath("/account") } });
  }
  try {
    const { zip, fileName } = await exportMemberZip(db, viewer, { sessionId: await currentSessionId(), siteUrl: siteUrl() });
    return new Response(Buffer.from(zip), {
      headers: {
        ...PRIVATE,
        "content-type": "application/zip",
        "content-length": String(zip.byteLength),
        "content-disposition": `attachment; filename="${fileName}"`,
      },
    });
  } catch (error) {
    if (error instanceof ExportTooLargeError) {
      return new Response(error.message, { status: 413, headers: { ...PRIVATE, "content-type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
