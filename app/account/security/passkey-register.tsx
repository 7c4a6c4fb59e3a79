"use client";
// Registering a passkey: the WebAuthn ceremony, the one step that needs
// JavaScript. Until the script runs (never, without JavaScript) a sentence
// stands where the form will be and says why.
import { startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { passkeyRegistrationOptionsAction, registerPasskeyAction } from "@/actions/two-factor";

export function PasskeyRegister({ needsPassword }: { needsPassword: boolean }) {
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
        return setMessage({ error: true, text: "Đã hủy, hoặc thiết bị này không tạo được passkey." });
      }
      const result = await registerPasskeyAction({ name, response });
      if (!result.ok) return setMessage({ error: true, text: result.message });
      form.reset();
      setMessage({ error: false, text: `Đã thêm passkey “${result.value.name}”.` });
      router.refresh();
    });
  }

  if (support !== "yes") {
    return (
      <p className="notice">
        {support === "no"
          ? "Trình duyệt này không hỗ trợ passkey."
          : "Thêm passkey cần JavaScript: trình duyệt tạo khóa qua WebAuthn. Các phần khác của trang này dùng được khi tắt JavaScript."}
      </p>
    );
  }
  return (
    <>
      <form
        className="form"
        aria-label="Thêm passkey"
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
          <label htmlFor="passkey-name">Tên passkey</label>
          <input id="passkey-name" name="name" required maxLength={50} placeholder="Ví dụ: Điện thoại của tôi" />
        </div>
        {needsPassword ? (
          <div className="field">
            <label htmlFor="passkey-password">Mật khẩu hiện tại</label>
            <input id="passkey-password" name="currentPassword" type="password" autoComplete="current-password" required />
          </div>
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Đang chờ thiết bị…" : "Thêm passkey"}
        </button>
      </form>
    </>
  );
}
