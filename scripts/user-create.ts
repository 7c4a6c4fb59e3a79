// npm run user:create -- --email E --username U --role member|moderator|admin [--name "Tên hiển thị"]
// Creates an account for operators, with its email already verified. The
// password comes from the USER_PASSWORD environment variable, never from the
// command line (which other users of the machine can read in the process list).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/database-url";
import { migrateIfPending } from "./lib/migrate";
import { createMember } from "@/lib/accounts/create-member";
import { revokeTokens } from "@/lib/accounts/tokens";
import { createMemberSchema } from "@/lib/validation/account";
import { runInCliLocale } from "@/lib/i18n/cli-locale";
import { t } from "@/lib/i18n/text";

async function main(): Promise<number> {
  // Vietnamese, or English under LANG=en… (lib/i18n/cli-locale.ts).
  const USAGE = t("cli.userUsage");
  let args;
  try {
    args = parseArgs({
      options: { email: { type: "string" }, username: { type: "string" }, role: { type: "string", default: "member" }, name: { type: "string" } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const parsed = createMemberSchema.safeParse({
    email: args.email ?? "",
    username: args.username ?? "",
    displayName: args.name ?? args.username ?? "",
    role: args.role,
    password: process.env.USER_PASSWORD ?? "",
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === "password" ? "USER_PASSWORD" : `--${issue.path[0] === "displayName" ? "name" : String(issue.path[0])}`;
      console.error(`✖ ${field}: ${issue.message}`);
    }
    console.error(USAGE);
    return 2;
  }
  const db = createPrismaClient();
  try {
    // Safe while the forum runs: migrations only when some are pending.
    await migrateIfPending(db, databaseUrl());
    const result = await createMember(db, { ...parsed.data, role: parsed.data.role as "member" | "moderator" | "admin", emailVerified: true });
    if (!result.ok) {
      for (const message of Object.values(result.errors)) console.error(`✖ ${message}`);
      return 1;
    }
    // An administrator now exists: the first-start setup link must stop working.
    if (result.user.role === "admin") await revokeTokens(db, "setup-admin", null);
    console.log(t("cli.userCreated", { id: result.user.id, username: result.user.username, email: result.user.email ?? "", role: result.user.role }));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

runInCliLocale(() =>
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  ),
);
