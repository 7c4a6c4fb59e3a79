// "Xem trước" for the reply, edit and new-thread forms: the text rendered
// exactly as it would be posted, for members who may post, without posting.
// Answers with the form's state so the form keeps what was typed.
import "server-only";
import { canParticipate, type Viewer } from "@/lib/permissions";
import type { FormState } from "@/lib/validation/form-state";
import { HARD_MAX_REPLY_LENGTH, normaliseSource } from "@/lib/validation/reply";
import { renderPostSource } from "./render-post";

export async function previewPost(viewer: Viewer | null, source: string, values: Record<string, string>): Promise<FormState> {
  if (!canParticipate(viewer)) return { status: "error", message: "Bạn cần đăng nhập để xem trước.", values };
  if (source.trim() === "") return { status: "error", message: "Chưa có gì để xem trước.", values };
  const html = await renderPostSource(normaliseSource(source).slice(0, HARD_MAX_REPLY_LENGTH));
  return { status: "preview", values, data: { html } };
}
