// Creates a member account. Shared by registration, the first-administrator
// setup page and the operators' `user:create` command, so all three enforce the
// same uniqueness rules and hash passwords the same way.
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/permissions";
import { usernameKey } from "@/lib/validation/account";
import { displayNameKey, displayNameProblem } from "./display-name-key";
import { emailTaken } from "./find-member";
import { hashPassword } from "./password";
import { t } from "@/lib/i18n/text";

export type NewMember = {
  displayName: string;
  username: string;
  email: string;
  /** null for accounts that sign in only through OAuth. */
  password: string | null;
  role: Role;
  emailVerified: boolean;
};

export type DuplicateErrors = Partial<Record<"username" | "email" | "displayName", string>>;

export const USERNAME_TAKEN = () => t("services.accountsUsernameTaken");

export async function findDuplicates(db: Db, username: string, email: string, name?: { displayName: string; role: Role }): Promise<DuplicateErrors> {
  const errors: DuplicateErrors = {};
  const nameProblem = name ? await displayNameProblem(db, name.displayName, { role: name.role }) : null;
  if (nameProblem) errors.displayName = nameProblem;
  if (await db.user.findUnique({ where: { usernameKey: usernameKey(username) }, select: { id: true } })) {
    errors.username = USERNAME_TAKEN();
  }
  if (await emailTaken(db, email)) errors.email = t("services.accountsEmailTaken");
  return errors;
}

export type CreateMemberResult =
  | { ok: true; user: { id: number; username: string; email: string | null; displayName: string; role: string } }
  | { ok: false; errors: DuplicateErrors };

export async function createMember(db: Db, input: NewMember, now: Date = new Date()): Promise<CreateMemberResult> {
  const duplicates = await findDuplicates(db, input.username, input.email, input);
  if (Object.keys(duplicates).length > 0) return { ok: false, errors: duplicates };
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        username: input.username,
        usernameKey: usernameKey(input.username),
        displayName: input.displayName,
        displayNameKey: displayNameKey(input.displayName),
        email: input.email,
        emailVerifiedAt: input.emailVerified ? now : null,
        passwordHash,
        role: input.role,
      },
      select: { id: true, username: true, email: true, displayName: true, role: true },
    });
    return { ok: true, user };
  } catch (error) {
    // Two registrations racing for the same name: the unique index decides,
    // and the loser gets the same message as if it had come second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await findDuplicates(db, input.username, input.email, input);
      if (Object.keys(again).length > 0) return { ok: false, errors: again };
    }
    throw error;
  }
}
