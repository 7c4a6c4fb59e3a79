// The thread page's picture lightbox and video players (with JavaScript),
// in the page's language: the words are chosen here, on the server; the
// behaviour is post-pictures-enhancer-client.tsx.
import { translator } from "@/lib/i18n/server";
import { PostPicturesEnhancerClient } from "./post-pictures-enhancer-client";

export async function PostPicturesEnhancer() {
  const t = await translator();
  const text = {
    close: t("posts.lightboxClose"),
    previous: t("posts.lightboxPrevious"),
    next: t("posts.lightboxNext"),
    openFull: t("posts.lightboxOpenFull"),
    dialog: t("posts.lightboxDialog"),
    player: t.raw("posts.lightboxPlayer") as string,
  };
  return <PostPicturesEnhancerClient text={text} />;
}
