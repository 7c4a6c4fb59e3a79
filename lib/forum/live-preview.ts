// The composer's live preview (with JavaScript): what is typed, rendered as
// it would be posted, while the member types. The one renderer of "Xem
// trước" (preview-post.ts) answers, so the live and the button's preview
// never differ; the browser sends only text and shows the HTML made here.
// Rate-limited per member: a script cannot use it as a free renderer.
import "server-only";
import { throttled } from "@/lib/accounts/refusals";
import { ForbiddenError, canParticipate, type Viewer } from "@/lib/permissions";
import { consumeRateLimit, rules } from "@/lib/rate-limit";
import { contextDb, type ServiceContext } from "@/lib/service-context";
import { previewPost } from "./preview-post";
import { t } from "@/lib/i18n/text";



export async function livePreview(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ html: string }> {
  if (!viewer || !canParticipate(viewer, ctx.now)) throw new ForbiddenError(t("services.forumPreviewLogIn"));
  const decision = await consumeRateLimit(await contextDb(ctx), rules().livePreview, `member:${viewer.id}`, ctx.now);
  if (decision.limited) throw throttled(t("services.forumLivePreviewPaused"), decision.retryAt);
  return previewPost(viewer, input);
}
