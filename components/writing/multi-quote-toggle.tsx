// The multi-quote toggle of one post, with whether the selection cookie (the
// path without JavaScript) holds it already, and its words in the page's language.
import { selectedQuotes } from "@/lib/next/multi-quote-cookie";
import { translator } from "@/lib/i18n/server";
import { MultiQuoteToggleButton } from "./multi-quote-toggle-button";

export async function MultiQuoteToggle({ threadId, postId, authorName }: { threadId: number; postId: number; authorName: string }) {
  const [selected, t] = await Promise.all([selectedQuotes(threadId), translator()]);
  const labels = {
    add: t("posts.quoteAdd"),
    remove: t("posts.quoteRemove"),
    addLabel: t("posts.quoteAddLabel", { name: authorName }),
    removeLabel: t("posts.quoteRemoveLabel", { name: authorName }),
    noScriptHint: t("posts.quoteNoScriptHint"),
  };
  return <MultiQuoteToggleButton threadId={threadId} postId={postId} selectedOnServer={selected.includes(postId)} labels={labels} />;
}
