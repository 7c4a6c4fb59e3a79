// "Bỏ qua" / "Thôi bỏ qua" a member, in the page's language: the words are
// chosen here, on the server; the form is ignore-form-client.tsx. Compact
// (under a reply) it says just the action; elsewhere it names the member.
import { translator } from "@/lib/i18n/server";
import { IgnoreFormClient } from "./ignore-form-client";

type Props = { memberId: number; name: string; ignoring: boolean; compact?: boolean };

export async function IgnoreForm({ memberId, name, ignoring, compact = false }: Props) {
  const t = await translator();
  const label = compact
    ? ignoring
      ? t("posts.unignore")
      : t("posts.ignore")
    : ignoring
      ? t("posts.unignoreNamed", { name })
      : t("posts.ignoreNamed", { name });
  return <IgnoreFormClient memberId={memberId} ignoring={ignoring} compact={compact} label={label} pendingLabel={t("composer.sending")} />;
}
