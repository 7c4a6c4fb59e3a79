// The multi-quote toggle of one post, with whether the selection cookie (the
// path without JavaScript) holds it already.
import { selectedQuotes } from "@/lib/next/multi-quote-cookie";
import { MultiQuoteToggleButton } from "./multi-quote-toggle-button";

export async function MultiQuoteToggle({ threadId, postId, authorName }: { threadId: number; postId: number; authorName: string }) {
  const selected = await selectedQuotes(threadId);
  return <MultiQuoteToggleButton threadId={threadId} postId={postId} authorName={authorName} selectedOnServer={selected.includes(postId)} />;
}
