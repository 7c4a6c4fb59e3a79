// A private message's picture: checked per request (lib/conversations/picture-access.ts),
// never cached by anything shared (private, no-store) — unlike the public
// /uploads/<hash>/… files of posts. Anyone who may not see it gets 404.
import { getViewer } from "@/lib/next/session";
import { t } from "@/lib/i18n/text";
import { isUserFacingError } from "@/lib/errors";
import { readConversationPicture } from "@/lib/conversations/picture-access";

const PRIVATE_HEADERS = {
  "cache-control": "private, no-store",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; sandbox",
  "referrer-policy": "no-referrer",
};

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  try {
    const picture = await readConversationPicture(await getViewer(), { attachmentId: id, file });
    return new Response(new Uint8Array(picture.bytes), {
      headers: { ...PRIVATE_HEADERS, "content-type": picture.contentType, "content-length": String(picture.bytes.length) },
    });
  } catch (error) {
    if (isUserFacingError(error)) return new Response(t("conversations.pictureNotFound"), { status: 404, headers: { ...PRIVATE_HEADERS, "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
