// What a post form offers for pictures, for this member: the limits, or null
// when they may not attach any (the form then has no picker; the server
// refuses anyway, lib/uploads/upload-pictures.ts).
import "server-only";
import { db } from "@/lib/db";
import { canUploadPicture, type Viewer } from "@/lib/permissions";
import type { ForumSettingsValues } from "@/lib/settings";

export type PictureLimits = { maxImages: number; maxMegabytes: number };

export async function pictureLimitsFor(viewer: Viewer | null, settings: ForumSettingsValues): Promise<PictureLimits | null> {
  if (!viewer || settings.maxImagesPerPost <= 0) return null;
  const priorPosts = settings.imageFreePosts > 0 ? await db.post.count({ where: { authorId: viewer.id, status: "visible" } }) : 0;
  if (!canUploadPicture(viewer, { priorPosts }, settings)) return null;
  return { maxImages: settings.maxImagesPerPost, maxMegabytes: settings.maxImageMegabytes };
}
