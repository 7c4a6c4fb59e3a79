// "Xem trước" for the reply, edit and new-thread forms: the text rendered
// exactly as it would be posted, for members who may post, without posting.
import "server-only";
import { z } from "zod";
import { InvalidInputError } from "@/lib/errors";
import { ForbiddenError, canParticipate, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { HARD_MAX_REPLY_LENGTH, normaliseSource } from "@/lib/validation/reply";
import { renderPostSource } from "./render-post";
import { t } from "@/lib/i18n/text";

const previewSchema = z.object({ source: z.string().default("") });

export async function previewPost(viewer: Viewer | null, input: unknown): Promise<{ html: string }> {
  if (!canParticipate(viewer)) throw new ForbiddenError(t("services.forumPreviewLogIn"));
  const { source } = parseInput(previewSchema, input);
  if (source.trim() === "") throw new InvalidInputError(t("services.forumPreviewEmpty"));
  return { html: await renderPostSource(normaliseSource(source).slice(0, HARD_MAX_REPLY_LENGTH)) };
}
