// The passkey button's words, for the two pages that show it (login, second step).
import { translator } from "@/lib/i18n/server";
import type { PasskeyButtonText } from "./passkey-button";

export async function passkeyButtonText(): Promise<PasskeyButtonText> {
  const t = await translator();
  return {
    cancelled: t("auth.passkeyCancelled"),
    waiting: t("auth.passkeyWaiting"),
    unsupported: t("auth.passkeyUnsupported"),
    needsScript: t("auth.passkeyNeedsScript"),
  };
}
