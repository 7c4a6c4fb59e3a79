"use client";
// The WebAuthn ceremony — the one step that needs JavaScript. Until the
// script runs (never, without JavaScript) a sentence stands where the button
// will be and says why; a browser without WebAuthn is told so instead.
import { startAuthentication } from "@simplewebauthn/browser";
import { useEffect, useState, useTransition } from "react";
import { passkeyLoginAction, passkeyOptionsAction } from "@/actions/two-factor";

/** The button's words, in the page's language (from the catalogs, by the page). */
export type PasskeyButtonText = { cancelled: string; waiting: string; unsupported: string; needsScript: string };

export function PasskeyLoginButton({ secondStep = false, callbackUrl, label, text }: { secondStep?: boolean; callbackUrl: string; label: string; text: PasskeyButtonText }) {
  const [support, setSupport] = useState<"unknown" | "yes" | "no">("unknown");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => setSupport(window.PublicKeyCredential ? "yes" : "no"), []);

  function run() {
    setMessage(null);
    startTransition(async () => {
      const options = await passkeyOptionsAction(secondStep);
      if (!options.ok) return setMessage(options.message);
      let response;
      try {
        response = await startAuthentication(options.value as Parameters<typeof startAuthentication>[0]);
      } catch {
        return setMessage(text.cancelled);
      }
      const result = await passkeyLoginAction({ secondStep, response, callbackUrl });
      if (result && !result.ok) setMessage(result.message);
    });
  }

  return (
    <div className="passkey">
      {support === "yes" ? (
        <button type="button" className="button passkey__button" onClick={run} disabled={pending}>
          {pending ? text.waiting : label}
        </button>
      ) : (
        <p className="field__hint">{support === "no" ? text.unsupported : text.needsScript}</p>
      )}
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
