"use client";
// The WebAuthn ceremony — the one step that needs JavaScript. Without it the
// button stays hidden and a sentence says why (the <noscript> next to it).
import { startAuthentication } from "@simplewebauthn/browser";
import { useEffect, useState, useTransition } from "react";
import { passkeyLoginAction, passkeyOptionsAction } from "./passkey-actions";

export function PasskeyLoginButton({ secondStep = false, callbackUrl, label }: { secondStep?: boolean; callbackUrl: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => setReady(typeof window !== "undefined" && !!window.PublicKeyCredential), []);

  function run() {
    setMessage(null);
    startTransition(async () => {
      const options = await passkeyOptionsAction(secondStep);
      if (!options.ok) return setMessage(options.message);
      let response;
      try {
        response = await startAuthentication(options.value as Parameters<typeof startAuthentication>[0]);
      } catch {
        return setMessage("Đã hủy hoặc thiết bị không dùng được passkey này.");
      }
      const result = await passkeyLoginAction({ secondStep, response, callbackUrl });
      if (result && !result.ok) setMessage(result.message);
    });
  }

  return (
    <div className="passkey">
      <button type="button" className="button passkey__button" onClick={run} disabled={pending} hidden={!ready}>
        {pending ? "Đang chờ passkey…" : label}
      </button>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      <noscript>
        <p className="field__hint">Đăng nhập bằng passkey cần bật JavaScript trong trình duyệt.</p>
      </noscript>
    </div>
  );
}
