// The pictures' abilities for every kind of viewer (the same viewers as the
// main table, tests/unit/permissions/abilities.test.ts), kept in their own
// table so the feature's rows change together.
import { describe, expect, it } from "vitest";
import * as can from "@/lib/permissions";
import type { Viewer } from "@/lib/permissions";
import { NOW, VIEWERS } from "./viewers";

const RULE = { imageFreePosts: 3 };
const ABILITIES: Record<string, (v: Viewer | null) => boolean> = {
  upload: (v) => can.canUploadPicture(v, { priorPosts: 10 }, RULE, NOW),
  uploadInFirstPosts: (v) => can.canUploadPicture(v, { priorPosts: 0 }, RULE, NOW),
  useOwnUpload: (v) => can.canUsePicture(v, { uploaderId: v?.id ?? -1, postId: null, kind: "post" }),
  useOthersUpload: (v) => can.canUsePicture(v, { uploaderId: 99, postId: null, kind: "post" }),
  usePostedUpload: (v) => can.canUsePicture(v, { uploaderId: v?.id ?? -1, postId: 1, kind: "post" }),
  removePicture: (v) => can.canRemovePicture(v),
  changeAvatar: (v) => can.canChangeAvatar(v, NOW),
  // Private messages' uploads (lib/uploads/conversation-pictures.ts): one's own, and never across kinds.
  useOwnPrivate: (v) => can.canUseConversationPicture(v, { uploaderId: v?.id ?? -1, postId: null, conversationMessageId: null, kind: "conversation" }),
  useSentPrivate: (v) => can.canUseConversationPicture(v, { uploaderId: v?.id ?? -1, postId: null, conversationMessageId: 1, kind: "conversation" }),
  usePostInMessage: (v) => can.canUseConversationPicture(v, { uploaderId: v?.id ?? -1, postId: null, conversationMessageId: null, kind: "post" }),
  useMessageInPost: (v) => can.canUsePicture(v, { uploaderId: v?.id ?? -1, postId: null, kind: "conversation" }),
};

// prettier-ignore
const EXPECTED: Record<string, string> = {
  //           upload first useOwn useOthers usePosted remove avatar ownPriv sentPriv postInMsg msgInPost
  guest:      "0      0     0      0         0         0      0      0       0        0         0",
  unverified: "0      0     1      0         0         0      1      1       0        0         0",
  member:     "1      0     1      0         0         0      1      1       0        0         0",
  suspended:  "0      0     1      0         0         0      0      1       0        0         0",
  banned:     "0      0     1      0         0         0      0      1       0        0         0",
  moderator:  "1      1     1      0         0         1      1      1       0        0         0",
  admin:      "1      1     1      0         0         1      1      1       0        0         0",
};

describe("picture abilities", () => {
  it.each(Object.keys(EXPECTED))("%s", (name) => {
    const row = Object.values(ABILITIES).map((ability) => (ability(VIEWERS[name]) ? "1" : "0")).join(" ");
    expect(row).toBe(EXPECTED[name].split(/\s+/).join(" "));
  });
});
