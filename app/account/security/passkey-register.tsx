"use client";
// Registering a passkey: the WebAuthn ceremony, the one step that needs
// JavaScript. Until the script runs (never, without JavaScript) a sentence
// stands where the form will be and says why.
import { startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { passkeyRegistrationOptionsAction, registerPasskeyAction } from "@/actions/two-factor";

/** The form's words, in the page's language (from the catalogs, by the page). `added` holds "{name}". */
export type PasskeyRegisterText = {
  label: string;
  name: string;
  namePlaceholder: string;
  password: string;
  submit: string;
  waiting: string;
  cancelled: string;
  added: string;
  unsupported: string;
  needsScript: string;
};

export function PasskeyRegister({ needsPassword, text }: { needsPassword: boolean; text: PasskeyRegisterText }) {
  const router = useRouter();
  const [support, setSupport] = useState<"unknown" | "yes" | "no">("unknown");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  useEffect(() => setSupport(window.PublicKeyCredential ? "yes" : "no"), []);

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const name = String(data.get("name") ?? "");
    const currentPassword = String(data.get("currentPassword") ?? "");
    setMessage(null);
    startTransition(async () => {
      const options = await passkeyRegistrationOptionsAction({ currentPassword });
      if (!options.ok) return setMessage({ error: true, text: options.message });
      let response;
      try {
        response = await startRegistration(options.value as Parameters<typeof startRegistration>[0]);
      } catch {
        return setMessage({ error: true, text: text.cancelled });
      }
      const result = await registerPasskeyAction({ name, response });
      if (!result.ok) return setMessage({ error: true, text: result.message });
      form.reset();
      setMessage({ error: false, text: text.added.replace("{name}", result.value.name) });
      router.refresh();
    });
  }

  if (support !== "yes") {
    return (
      <p className="notice">
        {support === "no" ? text.unsupported : text.needsScript}
      </p>
    );
  }
  return (
    <>
      <form
        className="form"
        aria-label={text.label}
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
      >
        {message ? (
          <p className={`notice ${message.error ? "notice--error" : "notice--success"}`} role={message.error ? "alert" : "status"}>
            {message.text}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="passkey-name">{text.name}</label>
          <input id="passkey-name" name="name" required maxLength={50} placeholder={text.namePlaceholder} />
        </div>
        {needsPassword ? (
          <div className="field">
            <label htmlFor="passkey-password">{text.password}</label>
            <input id="passkey-password" name="currentPassword" type="password" autoComplete="current-password" required />
          </div>
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {pending ? text.waiting : text.submit}
        </button>
      </form>
    </>
  );
}
