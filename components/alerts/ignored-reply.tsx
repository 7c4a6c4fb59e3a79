// A reply by a member the viewer ignores: collapsed, one click (a <details>,
// no JavaScript needed) shows it. Its anchor stays on the reply inside, and
// browsers open a <details> to reach a fragment in it.
import { translator } from "@/lib/i18n/server";

export async function IgnoredReply({ name, children }: { name: string; children: React.ReactNode }) {
  const t = await translator();
  return (
    <li className="reply-ignored" data-testid="ignored-reply">
      <details>
        <summary>
          <span>{t("posts.ignoredCollapsed", { name })}</span> · <span className="reply-ignored__show">{t("posts.ignoredShow")}</span>
        </summary>
        <ol className="reply-list">{children}</ol>
      </details>
    </li>
  );
}
