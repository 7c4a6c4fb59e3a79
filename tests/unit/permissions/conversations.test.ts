// Conversations: who may do what, as one table. Each row is a kind of viewer
// in relation to one conversation (started by member 99); each column an
// action. Staff rank opens nothing here: only a report lets a moderator see
// the reported message, and an administrator is just another outsider.
import { describe, expect, it } from "vitest";
import * as can from "@/lib/permissions";
import type { ConversationAccess, ConversationPolicy, Viewer } from "@/lib/permissions";
import { fromNow, NOW, VIEWERS, viewer } from "./viewers";

const LIMITS = { conversationMinHours: 24, conversationMinPosts: 1 };

type Row = {
  viewer: Viewer | null;
  participation: ConversationAccess["participation"];
  /** The viewer started the conversation. */
  starter?: boolean;
  /** The recipient of a new conversation ignores the viewer. */
  ignored?: boolean;
  /** A participant has reported the message in question. */
  reported?: boolean;
  postCount?: number;
};

// Staff abilities read the real clock (isStaff): their sanctions are relative to it.
const ROWS: Record<string, Row> = {
  guest: { viewer: VIEWERS.guest, participation: null },
  starter: { viewer: viewer(20), participation: "active", starter: true },
  participant: { viewer: VIEWERS.member, participation: "active" },
  formerParticipant: { viewer: viewer(21), participation: "left" },
  otherMember: { viewer: viewer(22), participation: null },
  ignored: { viewer: viewer(23), participation: null, ignored: true },
  newMember: { viewer: viewer(24, { createdAt: new Date(NOW.getTime() - 3_600_000) }), participation: "active", postCount: 0 },
  unverified: { viewer: VIEWERS.unverified, participation: "active" },
  banned: { viewer: VIEWERS.banned, participation: "active" },
  moderatorNoReport: { viewer: viewer(6, { role: "moderator" }), participation: null },
  moderatorWithReport: { viewer: viewer(6, { role: "moderator" }), participation: null, reported: true },
  suspendedModerator: { viewer: viewer(26, { role: "moderator", suspendedUntil: fromNow(24) }), participation: null, reported: true },
  admin: { viewer: viewer(7, { role: "admin" }), participation: null },
};

const access = (row: Row, patch: Partial<ConversationAccess> = {}): ConversationAccess => ({
  starterId: row.starter && row.viewer ? row.viewer.id : 99,
  locked: false,
  participation: row.participation,
  ...patch,
});
const recipient = (row: Row, policy: ConversationPolicy, followsViewer = false) => ({ id: 99, policy, followsViewer, ignoresViewer: !!row.ignored, reachable: true });
const start = (row: Row, policy: ConversationPolicy, follows = false) =>
  can.canStartConversation(row.viewer, { postCount: row.postCount ?? 5 }, LIMITS, NOW) && can.canMessageMember(row.viewer, recipient(row, policy, follows));
const othersMessage = { authorId: 99, status: "visible" };

const ABILITIES: Record<string, (row: Row) => boolean> = {
  start: (r) => start(r, "everyone"),
  startFollowedBy: (r) => start(r, "followed", true),
  startNotFollowed: (r) => start(r, "followed", false),
  startNobody: (r) => start(r, "nobody"),
  read: (r) => can.canReadConversation(r.viewer, access(r)),
  reply: (r) => can.canReplyConversation(r.viewer, access(r), NOW),
  replyLocked: (r) => can.canReplyConversation(r.viewer, access(r, { locked: true }), NOW),
  invite: (r) => can.canInviteToConversation(r.viewer, access(r), NOW),
  lock: (r) => can.canLockConversation(r.viewer, access(r), NOW),
  leave: (r) => can.canLeaveConversation(r.viewer, access(r)),
  markUnread: (r) => can.canMarkConversationUnread(r.viewer, access(r)),
  report: (r) => can.canReportConversationMessage(r.viewer, access(r), othersMessage, NOW),
  reportOwn: (r) => can.canReportConversationMessage(r.viewer, access(r), { authorId: r.viewer?.id ?? -1, status: "visible" }, NOW),
  viewReported: (r) => can.canViewReportedConversationMessage(r.viewer, { reported: !!r.reported }),
  hideReported: (r) => can.canModerateConversationMessage(r.viewer, { reported: !!r.reported, status: "visible" }),
  // A picture of someone else's sent, visible message (app/conversation-pictures/).
  viewPicture: (r) => can.canViewConversationPicture(r.viewer, { uploaderId: 99, sent: true }, { access: access(r), status: "visible", reportedNearby: !!r.reported }),
};

// prettier-ignore
const EXPECTED: Record<string, string> = {
  //                    start folBy notFol nobody read reply replyL invite lock leave unread report reportOwn viewRep hideRep viewPic
  guest:               "0     0     0      0      0    0     0      0      0    0     0      0      0         0       0       0",
  starter:             "1     1     0      0      1    1     0      1      1    1     1      1      0         0       0       1",
  participant:         "1     1     0      0      1    1     0      0      0    1     1      1      0         0       0       1",
  formerParticipant:   "1     1     0      0      0    0     0      0      0    0     0      0      0         0       0       0",
  otherMember:         "1     1     0      0      0    0     0      0      0    0     0      0      0         0       0       0",
  ignored:             "0     0     0      0      0    0     0      0      0    0     0      0      0         0       0       0",
  newMember:           "0     0     0      0      1    1     0      0      0    1     1      1      0         0       0       1",
  unverified:          "0     0     0      0      1    0     0      0      0    1     1      0      0         0       0       1",
  banned:              "0     0     0      0      1    0     0      0      0    1     1      0      0         0       0       1",
  moderatorNoReport:   "1     1     1      1      0    0     0      0      0    0     0      0      0         0       0       0",
  moderatorWithReport: "1     1     1      1      0    0     0      0      0    0     0      0      0         1       1       1",
  suspendedModerator:  "0     0     0      0      0    0     0      0      0    0     0      0      0         0       0       0",
  admin:               "1     1     1      1      0    0     0      0      0    0     0      0      0         0       0       0",
};

describe("conversation abilities", () => {
  const names = Object.keys(ABILITIES);
  for (const [rowName, row] of Object.entries(ROWS)) {
    it(`${rowName}: ${EXPECTED[rowName]}`, () => {
      const expected = EXPECTED[rowName].trim().split(/\s+/).map((c) => c === "1");
      expect(expected).toHaveLength(names.length);
      const actual = names.map((name) => ABILITIES[name](row));
      expect(Object.fromEntries(names.map((n, i) => [n, actual[i]]))).toEqual(Object.fromEntries(names.map((n, i) => [n, expected[i]])));
    });
  }

  it("a conversation is never readable by rank: an admin outside it, even with a report, reads nothing of it", () => {
    const admin = viewer(7, { role: "admin" });
    expect(can.canReadConversation(admin, { starterId: 99, locked: false, participation: null })).toBe(false);
    expect(can.canReadConversation(admin, { starterId: 99, locked: false, participation: "left" })).toBe(false);
  });

  it("an ignore beats staff rank and the recipient's policy", () => {
    const mod = viewer(6, { role: "moderator" });
    expect(can.canMessageMember(mod, { id: 99, policy: "everyone", followsViewer: true, ignoresViewer: true, reachable: true })).toBe(false);
    expect(can.canMessageMember(viewer(3), { id: 3, policy: "everyone", followsViewer: false, ignoresViewer: false, reachable: true })).toBe(false);
    expect(can.canMessageMember(viewer(3), { id: 99, policy: "everyone", followsViewer: false, ignoresViewer: false, reachable: false })).toBe(false);
  });
});
