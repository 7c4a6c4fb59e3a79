"use client";
// The WebAuthn ceremony — the one step that needs JavaScript. Until the
// script runs (never, without JavaScript) a sentence stands where the button
// will be and says why; a browser without WebAuthn is told so instead.
import { startAuthentication } from "@simplewebauthn/browser";
import { useEffect, useState, useTransition } from "react";
import { passkeyLoginAction, passkeyOptionsAction } from "@/actions/two-factor";

export function PasskeyLoginButton({ secondStep = false, callbackUrl, label }: { secondStep?: boolean; callbackUrl: string; label: string }) {
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
        return setMessage("Đã hủy hoặc thiết bị không dùng được passkey này.");
      }
      const result = await passkeyLoginAction({ secondStep, response, callbackUrl });
      if (result && !result.ok) setMessage(result.message);
    });
  }

  return (
    <div className="passkey">
      {support === "yes" ? (
        <button type="button" className="button passkey__button" onClick={run} disabled={pending}>
          {pending ? "Đang chờ passkey…" : label}
        </button>
      ) : (
        <p className="field__hint">
          {support === "no" ? "Trình duyệt này không hỗ trợ passkey." : "Đăng nhập bằng passkey cần bật JavaScript trong trình duyệt."}
        </p>
      )}
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
