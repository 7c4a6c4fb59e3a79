// "Thông báo đẩy" on /account/notifications, in the page's language: the
// words are chosen here, on the server; the control is push-control-client.tsx.
import { translator } from "@/lib/i18n/server";
import { PushControlClient } from "./push-control-client";

export async function PushControl({ publicKey }: { publicKey: string }) {
  const t = await translator();
  const text = {
    title: t("posts.pushTitle"),
    needsScript: t("posts.pushNeedsScript"),
    unsupported: t("posts.pushUnsupported"),
    denied: t("posts.pushDenied"),
    on: t("posts.pushOn"),
    off: t("posts.pushOff"),
    subscribe: t("posts.pushSubscribe"),
    unsubscribe: t("posts.pushUnsubscribe"),
    busy: t("posts.pushBusy"),
    failed: t("posts.pushFailed"),
  };
  return <PushControlClient publicKey={publicKey} text={text} />;
}
