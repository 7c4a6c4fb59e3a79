// The picture fields of a post form, read for the action, and given back to
// the form when it is refused (lib/uploads/form-pictures.ts stores the files
// before the post's service runs).
import "server-only";
import { heldPictureIds, heldPicturesData } from "@/lib/uploads/form-pictures";
import type { FormState } from "@/lib/validation/form-contract";
import { getViewer } from "./session";

/** The files chosen (name "images"), the uploads held (attachmentIds) and their alt texts (alt-<id>). */
export function pictureFields(form: FormData): { images: unknown[]; attachmentIds: string } & Record<string, unknown> {
  const alts: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (/^alt-\d{1,12}$/.test(name) && typeof value === "string") alts[name] = value;
  }
  const ids = form.get("attachmentIds");
  return { ...alts, images: form.getAll("images"), attachmentIds: typeof ids === "string" ? ids : "" };
}

/** A refused post form keeps its uploads: their ids in the form, their thumbnails to show. */
export async function keepPictures(state: FormState, _input: unknown, error: unknown): Promise<FormState> {
  const held = heldPictureIds(error);
  if (!held) return state;
  return {
    ...state,
    values: { ...state.values, attachmentIds: held },
    data: { ...state.data, pictures: await heldPicturesData(await getViewer(), held) },
  };
}

/** A previewed post form: the rendered text, what was typed, and the uploads it now holds (lib/uploads/form-pictures.ts). */
export async function previewHolding(html: string, values: Record<string, string>, held: string): Promise<FormState> {
  if (!held) return { status: "preview", values, data: { html } };
  return {
    status: "preview",
    values: { ...values, attachmentIds: held },
    data: { html, pictures: await heldPicturesData(await getViewer(), held) },
  };
}
