// What the two-step services need besides the house context
// (lib/service-context.ts): this browser's session (kept when the others are
// ended) and the relying party for passkeys, read from the request.
import "server-only";
import { headers } from "next/headers";
import type { TwoFactorCtx } from "@/lib/accounts/two-factor/context";
import { relyingParty } from "@/lib/accounts/two-factor/relying-party";
import { contextDb, contextIp, type ServiceContext } from "@/lib/service-context";
import { currentSessionId } from "./session";

export async function twoFactorContext(ctx: ServiceContext): Promise<TwoFactorCtx> {
  return { db: await contextDb(ctx), ip: contextIp(ctx), sessionId: await currentSessionId(), rp: relyingParty(await headers()), now: ctx.now };
}
