// The refusal reasons (lib/eligibility.ts) agree with the permissions module:
// a reason exactly when canReply refuses, and the reason the reply box shows
// is the one createReply throws.
import { describe, expect, it } from "vitest";
import { assertCanReply, participationRefusal, replyRefusal } from "@/lib/eligibility";
import { canReply, ForbiddenError, type ThreadTarget } from "@/lib/permissions";
import { NOW, VIEWERS } from "./viewers";

const THREADS: Record<string, ThreadTarget> = {
  open: { locked: false, status: "visible" },
  locked: { locked: true, status: "visible" },
  pending: { locked: false, status: "pending" },
};

describe("replyRefusal", () => {
  for (const [who, v] of Object.entries(VIEWERS)) {
    for (const [state, thread] of Object.entries(THREADS)) {
      it(`${who} in a ${state} thread: a reason exactly when canReply refuses`, () => {
        const refusal = replyRefusal(v, thread, NOW);
        expect(refusal === null).toBe(canReply(v, thread, NOW));
        if (refusal) expect(() => assertCanReply(v, thread, NOW)).toThrow(new ForbiddenError(refusal.message));
        else expect(() => assertCanReply(v, thread, NOW)).not.toThrow();
      });
    }
  }

  it("says why, the participation reason first", () => {
    expect(replyRefusal(VIEWERS.guest, THREADS.open, NOW)?.code).toBe("guest");
    expect(replyRefusal(VIEWERS.unverified, THREADS.locked, NOW)?.code).toBe("unverified");
    expect(replyRefusal(VIEWERS.banned, THREADS.pending, NOW)?.message).toMatch(/bị cấm vĩnh viễn/);
    expect(replyRefusal(VIEWERS.suspended, THREADS.open, NOW)?.message).toMatch(/bị tạm ngưng đến/);
    expect(replyRefusal(VIEWERS.member, THREADS.pending, NOW)).toMatchObject({ code: "thread-pending", message: expect.stringMatching(/chưa được duyệt/) });
    expect(replyRefusal(VIEWERS.member, THREADS.locked, NOW)).toEqual({ code: "thread-locked", message: "Chủ đề đã bị khóa, không thể trả lời thêm." });
    // Staff answer in a locked thread (to explain the lock), not in one waiting for approval.
    expect(replyRefusal(VIEWERS.moderator, THREADS.locked, NOW)).toBeNull();
    expect(replyRefusal(VIEWERS.admin, THREADS.pending, NOW)?.code).toBe("thread-pending");
  });

  it("participationRefusal: only sanctions and an unverified email", () => {
    expect(participationRefusal(VIEWERS.member!, NOW)).toBeNull();
    expect(participationRefusal(VIEWERS.unverified!, NOW)?.code).toBe("unverified");
    expect(participationRefusal(VIEWERS.banned!, NOW)?.code).toBe("sanctioned");
  });
});
