// Builders for service tests: members and threads written straight to the
// test file's private database.
import { db } from "@/lib/db";
import type { Role, Viewer } from "@/lib/permissions";

let counter = 0;

export async function makeMember(
  overrides: Partial<{ role: Role; emailVerified: boolean; createdAt: Date; suspendedUntil: Date | null; bannedAt: Date | null; sanctionReason: string | null }> = {},
): Promise<Viewer> {
  counter += 1;
  const username = `thanhvien${counter}_${Math.random().toString(36).slice(2, 7)}`;
  const user = await db.user.create({
    data: {
      username,
      usernameKey: username.toLowerCase(),
      displayName: `Thành viên ${counter}`,
      email: `${username}@example.vn`,
      emailVerifiedAt: overrides.emailVerified === false ? null : new Date(),
      role: overrides.role ?? "member",
      createdAt: overrides.createdAt ?? new Date(Date.now() - 7 * 24 * 3_600_000),
      suspendedUntil: overrides.suspendedUntil ?? null,
      bannedAt: overrides.bannedAt ?? null,
      sanctionReason: overrides.sanctionReason ?? null,
    },
  });
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    emailVerified: !!user.emailVerifiedAt,
    suspendedUntil: user.suspendedUntil,
    bannedAt: user.bannedAt,
    sanctionReason: user.sanctionReason,
    createdAt: user.createdAt,
  };
}

/**
 * Everyone who may not post, each with the message that says why: a guest,
 * an unverified, a suspended and a banned member. Nothing they try may
 * change anything.
 */
export async function viewersWhoMayNotPost(): Promise<(readonly [Viewer | null, RegExp])[]> {
  return [
    [null, /đăng nhập/],
    [await makeMember({ emailVerified: false }), /xác minh email/],
    [await makeMember({ suspendedUntil: new Date(Date.now() + 3_600_000), sanctionReason: "Spam" }), /tạm ngưng đến .* Lý do: Spam/],
    [await makeMember({ bannedAt: new Date(), sanctionReason: "Lừa đảo" }), /bị cấm vĩnh viễn\. Lý do: Lừa đảo/],
  ];
}

export async function makeThread(options: { locked?: boolean } = {}) {
  const author = await makeMember();
  const category =
    (await db.category.findFirst()) ?? (await db.category.create({ data: { slug: "chung", name: "Chung" } }));
  const thread = await db.thread.create({
    data: {
      title: "Chủ đề thử nghiệm",
      slug: "chu-de-thu-nghiem",
      categoryId: category.id,
      authorId: author.id,
      locked: options.locked ?? false,
    },
  });
  await db.post.create({
    data: { threadId: thread.id, authorId: author.id, number: 1, source: "Mở đầu", html: "<p>Mở đầu</p>" },
  });
  return thread;
}

export function token(): string {
  return `tok_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
