// /conversations/new: start a conversation (?to=username fills the
// recipients, as the link on a member's profile does). Refused up front,
// with the reason, to members who may not start one yet.
import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { ConversationComposer } from "@/components/conversations/conversation-composer";
import { getConversationDraft } from "@/lib/conversations/drafts";
import { assertMayStart } from "@/lib/conversations/rules";
import { requireViewer } from "@/lib/next/session";
import { getSettings } from "@/lib/settings";
import { pictureLimitsFor } from "@/lib/uploads/picture-limits";
import { translator } from "@/lib/i18n/server";
import { composerText } from "../composer-text";
import { composerText as writingText } from "@/components/thread/composer-text.server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("conversations.start") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function NewConversationPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const to = typeof q.to === "string" ? q.to.slice(0, 100) : "";
  const viewer = await requireViewer(`/conversations/new${to ? `?to=${encodeURIComponent(to)}` : ""}`);
  const settings = await getSettings();
  let refusal: string | null = null;
  try {
    await assertMayStart(viewer, settings, new Date());
  } catch (error) {
    refusal = (error as Error).message;
  }
  const draft = await getConversationDraft(viewer, "new");
  const t = await translator();
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{t("conversations.start")}</h1>
      {refusal ? (
        <p className="notice notice--warning" role="alert">
          {refusal}
        </p>
      ) : (
        <ConversationComposer
          writing={await writingText()}
          mode="start"
          clientToken={randomBytes(18).toString("base64url")}
          initial={{ recipients: to || draft?.recipients || "", title: draft?.title ?? "", source: draft?.source ?? "" }}
          maxLength={settings.maxReplyLength}
          pictures={await pictureLimitsFor(viewer, settings)}
          text={await composerText(settings.maxReplyLength)}
        />
      )}
    </main>
  );
}
