// The push subscription a browser hands over (PushSubscription.toJSON()),
// validated before it is stored: the server will later POST to that address.
import { z } from "zod";
import { t } from "@/lib/i18n/text";

const b64url = (missing: () => string, invalid: () => string, min: number, max: number) =>
  z.string({ error: missing }).regex(/^[A-Za-z0-9_-]+={0,2}$/, { error: invalid }).min(min, { error: invalid }).max(max, { error: invalid });

/** Loopback, private and link-local hosts: never a push service, only allowed by the test setting. */
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[.*\])$/i;

/**
 * `allowLocal` (PUSH_ALLOW_LOCAL_ENDPOINTS=1, tests only): an http endpoint on
 * this machine is accepted. Otherwise the endpoint is https on a public host.
 */
export function pushSubscriptionSchema(allowLocal: boolean) {
  return z.object({
    endpoint: z
      .string({ error: () => t("validation.pushEndpointMissing") })
      .max(1000, { error: () => t("validation.pushEndpointTooLong") })
      .refine((value) => {
        let url: URL;
        try {
          url = new URL(value);
        } catch {
          return false;
        }
        if (allowLocal && (url.protocol === "http:" || url.protocol === "https:")) return true;
        return url.protocol === "https:" && !LOCAL_HOST.test(url.hostname) && !url.username && !url.password;
      }, { error: () => t("validation.pushEndpointHttps") }),
    keys: z.object(
      {
        // An uncompressed P-256 point (65 bytes → 87 characters) and a 16-byte secret (22).
        p256dh: b64url(() => t("validation.pushKeyMissing"), () => t("validation.pushKeyInvalid"), 80, 100),
        auth: b64url(() => t("validation.pushSecretMissing"), () => t("validation.pushSecretInvalid"), 16, 32),
      },
      { error: () => t("validation.pushKeyMissing") },
    ),
  });
}

export const pushUnsubscribeSchema = z.object({ endpoint: z.string({ error: () => t("validation.pushUnsubscribeEndpointMissing") }).min(1).max(1000) });
