// One picture from a post form with JavaScript (components/pictures/picture-picker.tsx):
// stored as the member's upload, answered with its id and thumbnail; the form
// then sends the id with the text. A refusal is a 4xx with the Vietnamese reason.
import { getViewer } from "@/lib/next/session";
import { isUserFacingError } from "@/lib/errors";
import { displayName, filesOf, uploadOnePicture } from "@/lib/uploads/upload-pictures";
import { t } from "@/lib/i18n/text";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

const STATUS: Record<string, number> = { ForbiddenError: 403, NotFoundError: 404, InvalidInputError: 422, RateLimitedError: 429 };

export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { message: t("services.apiUnreadable") });
  }
  const [file] = filesOf(form.getAll("file"));
  const held = Math.max(0, Math.min(1000, Number(form.get("held")) || 0));
  // A private message's composer asks for a private upload (stored under "private/", served by a checked route).
  const kind = form.get("for") === "conversation" ? "conversation" : "post";
  try {
    const picture = await uploadOnePicture(await getViewer(), file ?? null, held, new Date(), kind);
    return json(200, { picture: { id: picture.id, name: displayName(picture.name), width: picture.width, height: picture.height, thumb: picture.thumbUrl } });
  } catch (error) {
    if (isUserFacingError(error)) return json(STATUS[error.name] ?? 400, { message: error.message });
    throw error;
  }
}
