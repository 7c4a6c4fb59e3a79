// The whole role × ability table. Each row is one kind of viewer; each column
// one ability on a fixed target. A change to who may do what must change this
// table on purpose.
import { describe, expect, it } from "vitest";
import * as can from "@/lib/permissions";
import type { PostTarget, Viewer } from "@/lib/permissions";
import { NOW, VIEWERS, viewer } from "./viewers";

const SETTINGS = { editWindowMinutes: 30 };

const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
// Each viewer's own fresh reply, and a reply by somebody else (member 99).
const own = (v: Viewer | null, patch: Partial<PostTarget> = {}): PostTarget => ({
  authorId: v?.id ?? -1, number: 5, status: "visible", createdAt: minutesAgo(5), threadLocked: false, thread: OPEN_THREAD, ...patch,
});
const OPEN_THREAD = { status: "visible", authorId: 99 };
const others: PostTarget = { authorId: 99, number: 5, status: "visible", createdAt: minutesAgo(5), threadLocked: false, thread: OPEN_THREAD };
const hidden: PostTarget = { ...others, status: "hidden" };
const pending: PostTarget = { ...others, status: "pending" };
const memberTarget = { id: 99, role: "member" as const };
const moderatorTarget = { id: 98, role: "moderator" as const };

const ABILITIES: Record<string, (v: Viewer | null) => boolean> = {
  participate: (v) => can.canParticipate(v, NOW),
  replyOpen: (v) => can.canReply(v, { locked: false, status: "visible" }, NOW),
  replyLocked: (v) => can.canReply(v, { locked: true, status: "visible" }, NOW),
  replyPendingThread: (v) => can.canReply(v, { locked: false, status: "pending" }, NOW),
  editOwnFresh: (v) => can.canEditPost(v, own(v), SETTINGS, NOW),
  editOwnOld: (v) => can.canEditPost(v, own(v, { createdAt: minutesAgo(31) }), SETTINGS, NOW),
  editOthers: (v) => can.canEditPost(v, others, SETTINGS, NOW),
  deleteOwn: (v) => can.canDeleteOwnPost(v, own(v), NOW),
  react: (v) => can.canReact(v, others, NOW),
  reactOwn: (v) => can.canReact(v, own(v), NOW),
  report: (v) => can.canReport(v, others, NOW),
  readHidden: (v) => can.canViewPostContent(v, hidden),
  readOthersPending: (v) => can.canViewPostContent(v, pending),
  hide: (v) => can.canHidePost(v, others),
  restore: (v) => can.canRestorePost(v, hidden),
  purge: (v) => can.canPurgePost(v, others),
  manageThread: (v) => can.canManageThread(v),
  approve: (v) => can.canApprovePosts(v),
  viewLog: (v) => can.canViewModerationLog(v),
  sanctionMember: (v) => can.canSanction(v, memberTarget),
  sanctionModerator: (v) => can.canSanction(v, moderatorTarget),
  changeRole: (v) => can.canChangeRole(v, memberTarget),
  settings: (v) => can.canManageSettings(v),
  publishArticle: (v) => can.canPublishArticle(v),
  categories: (v) => can.canManageCategories(v),
  createThread: (v) => can.canCreateThread(v, undefined, NOW),
  createThreadOpen: (v) => can.canCreateThread(v, { staffThreadsOnly: false }, NOW),
  createThreadStaffOnly: (v) => can.canCreateThread(v, { staffThreadsOnly: true }, NOW),
  viewOwnPendingThread: (v) => can.canViewThread(v, { status: "pending", authorId: v?.id ?? -1 }),
  viewOthersPendingThread: (v) => can.canViewThread(v, { status: "pending", authorId: 99 }),
  viewOthersRejectedThread: (v) => can.canViewThread(v, { status: "hidden", authorId: 99 }),
};

// prettier-ignore
const EXPECTED: Record<string, string> = {
  //           part replyO replyL replyP editOF editOO editX delO react reactOwn report readH readP hide restore purge thread approve log sancM sancMod role settings publish cats newT newTOpen newTStaff seeOwnP seeP seeRej
  guest:      "0    0      0      0      0      0      0     0    0     0        0      0     0     0    0       0     0      0       0   0     0       0    0        0       0    0    0        0         0       0    0",
  unverified: "0    0      0      0      0      0      0     0    0     0        0      0     0     0    0       0     0      0       0   0     0       0    0        0       0    0    0        0         1       0    0",
  member:     "1    1      0      0      1      0      0     1    1     0        1      0     0     0    0       0     0      0       0   0     0       0    0        0       0    1    1        0         1       0    0",
  suspended:  "0    0      0      0      0      0      0     0    0     0        0      0     0     0    0       0     0      0       0   0     0       0    0        0       0    0    0        0         1       0    0",
  banned:     "0    0      0      0      0      0      0     0    0     0        0      0     0     0    0       0     0      0       0   0     0       0    0        0       0    0    0        0         1       0    0",
  moderator:  "1    1      1      0      1      1      1     1    1     0        1      1     1     1    1       0     1      1       1   1     0       0    0        0       0    1    1        1         1       1    1",
  admin:      "1    1      1      0      1      1      1     1    1     0        1      1     1     1    1       1     1      1       1   1     1       1    1        1       1    1    1        1         1       1    1",
};

describe("permission table", () => {
  const abilityNames = Object.keys(ABILITIES);
  for (const [role, row] of Object.entries(EXPECTED)) {
    it(`${role}`, () => {
      const expected = row.trim().split(/\s+/).map((x) => x === "1");
      expect(expected).toHaveLength(abilityNames.length);
      const actual = Object.fromEntries(abilityNames.map((name) => [name, ABILITIES[name](VIEWERS[role])]));
      expect(actual).toEqual(Object.fromEntries(abilityNames.map((name, i) => [name, expected[i]])));
    });
  }
});

// Issue 11, defects 1–3: a reply is no more visible than its thread. A
// moderator hid the thread's opening post (thread status "hidden"), or the
// thread waits for approval ("pending"); member 98 wrote the thread, 99 the reply.
describe("a reply inside a thread readers cannot see", () => {
  const hiddenThread = { status: "hidden", authorId: 98 };
  const pendingThread = { status: "pending", authorId: 98 };
  const inHidden: PostTarget = { ...others, thread: hiddenThread };
  const inPending: PostTarget = { ...others, thread: pendingThread };
  const ABILITIES_IN_HIDDEN: Record<string, (v: Viewer | null) => boolean> = {
    react: (v) => can.canReact(v, inHidden, NOW),
    report: (v) => can.canReport(v, inHidden, NOW),
    reactPending: (v) => can.canReact(v, inPending, NOW),
    see: (v) => can.canSeePost(v, inHidden),
    read: (v) => can.canReadPost(v, inHidden),
    seePendingThread: (v) => can.canSeePost(v, inPending),
    seePendingReply: (v) => can.canSeePost(v, pending),
    readPendingReply: (v) => can.canReadPost(v, pending),
    seeHiddenReply: (v) => can.canSeePost(v, hidden),
    readHiddenReply: (v) => can.canReadPost(v, hidden),
    editOwnInHidden: (v) => can.canEditPost(v, own(v, { thread: hiddenThread }), SETTINGS, NOW),
    deleteOwnInHidden: (v) => can.canDeleteOwnPost(v, own(v, { thread: hiddenThread }), NOW),
  };
  // prettier-ignore
  const EXPECTED_IN_HIDDEN: Record<string, string> = {
    //           react report reactP see read seePT seePR readPR seeHR readHR editOwn delOwn
    guest:      "0     0      0      0   0    0     0     0      1     0      0       0",
    member:     "0     0      0      0   0    0     0     0      1     0      0       0",
    moderator:  "0     0      0      1   1    1     1     1      1     1      1       1",
    admin:      "0     0      0      1   1    1     1     1      1     1      1       1",
  };
  const names = Object.keys(ABILITIES_IN_HIDDEN);
  for (const [role, row] of Object.entries(EXPECTED_IN_HIDDEN)) {
    it(role, () => {
      const expected = row.trim().split(/\s+/).map((x) => x === "1");
      expect(expected).toHaveLength(names.length);
      const actual = Object.fromEntries(names.map((name) => [name, ABILITIES_IN_HIDDEN[name](VIEWERS[role])]));
      expect(actual).toEqual(Object.fromEntries(names.map((name, i) => [name, expected[i]])));
    });
  }
  it("the thread's own author still sees the replies of their held thread; the reply's author their pending reply", () => {
    expect(can.canSeePost(viewer(98), inPending)).toBe(true);
    expect(can.canSeePost(viewer(99), pending)).toBe(true);
    expect(can.canReadPost(viewer(99), pending)).toBe(true);
    expect(can.canSeePost(viewer(99), inHidden)).toBe(false);
  });
});

describe("edge cases", () => {
  it("a suspension that has ended no longer restricts", () => {
    const v = viewer(10, { suspendedUntil: new Date("2025-12-31") });
    expect(can.canParticipate(v, NOW)).toBe(true);
  });
  it("nobody sanctions themselves, and a suspended moderator loses moderator powers", () => {
    const mod = viewer(11, { role: "moderator" });
    expect(can.canSanction(mod, { id: 11, role: "moderator" })).toBe(false);
    const suspendedMod = viewer(12, { role: "moderator", suspendedUntil: new Date(Date.now() + 3_600_000) });
    expect(can.canHidePost(suspendedMod, others)).toBe(false);
  });
  it("an opening post is never deleted as a reply; staff hide it (and so the thread); its author edits it within the window", () => {
    const admin = VIEWERS.admin;
    const opening: PostTarget = { ...others, number: 1 };
    expect(can.canPurgePost(admin, opening)).toBe(false);
    expect(can.canDeleteOwnPost(viewer(99), opening, NOW)).toBe(false);
    expect(can.canHidePost(admin, opening)).toBe(true);
    expect(can.canHidePost(viewer(3), opening)).toBe(false);
    expect(can.canEditPost(viewer(99), opening, SETTINGS, NOW)).toBe(true);
    expect(can.canEditPost(viewer(99), { ...opening, createdAt: minutesAgo(31) }, SETTINGS, NOW)).toBe(false);
    expect(can.canEditPost(viewer(3), opening, SETTINGS, NOW)).toBe(false);
  });
  it("an author sees their own pending post; nobody else but staff does", () => {
    expect(can.canViewPostContent(viewer(99), pending)).toBe(true);
    expect(can.canViewPostContent(viewer(3), pending)).toBe(false);
  });
  it("a thread held back (pending, rejected) shows to its author and staff only; a visible one to everyone", () => {
    expect(can.canViewThread(null, { status: "visible", authorId: 99 })).toBe(true);
    expect(can.canViewThread(viewer(99), { status: "hidden", authorId: 99 })).toBe(true);
    expect(can.canViewThread(viewer(3), { status: "hidden", authorId: 99 })).toBe(false);
  });
  it("members cannot edit in a locked thread, even within the window", () => {
    const m = viewer(3);
    expect(can.canEditPost(m, own(m, { threadLocked: true }), SETTINGS, NOW)).toBe(false);
  });
});
