// "Theo dõi" / "Bỏ theo dõi" on a thread or a category, in the page's
// language: the words are chosen here, on the server; the form is
// watch-form-client.tsx.
import { translator } from "@/lib/i18n/server";
import { WatchFormClient } from "./watch-form-client";

export async function WatchForm({ target, id, watching }: { target: "thread" | "category"; id: number; watching: boolean }) {
  const t = await translator();
  const label =
    target === "thread" ? (watching ? t("posts.unwatch") : t("posts.watch")) : watching ? t("posts.unwatchCategory") : t("posts.watchCategory");
  return <WatchFormClient target={target} id={id} watching={watching} label={label} pendingLabel={t("composer.sending")} />;
}
