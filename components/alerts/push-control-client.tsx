"use client";
// "Thông báo đẩy" on /account/notifications: subscribes this browser (service
// worker /push-sw.js, the forum's VAPID public key) and hands the subscription
// to /api/push/subscription, or removes it. A progressive enhancement: the
// server renders the sentence that push needs JavaScript; once the script runs
// it becomes the control (or says why this browser cannot).
import { useEffect, useState } from "react";
import { pageApiPath } from "@/components/i18n/page-api-path";

/** Its words in the page's language, from push-control.tsx (the server part). */
export type PushText = {
  title: string;
  needsScript: string;
  unsupported: string;
  denied: string;
  on: string;
  off: string;
  subscribe: string;
  unsubscribe: string;
  busy: string;
  failed: string;
};

type State = "script" | "unsupported" | "denied" | "off" | "on" | "busy";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const padded = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(padded);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

async function send(method: "POST" | "DELETE", body: unknown, failed: string): Promise<void> {
  const res = await fetch(pageApiPath("/api/push/subscription"), { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { message?: string } | null)?.message ?? failed);
}

export function PushControlClient({ publicKey, text: TEXT }: { publicKey: string; text: PushText }) {
  const [state, setState] = useState<State>("script");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!("serviceWorker" in navigator) || !("PushManager" in window) || typeof Notification === "undefined") {
      setState("unsupported");
      return;
    }
    if (Notification.permission === "denied") {
      setState("denied");
      return;
    }
    navigator.serviceWorker
      .getRegistration("/")
      .then((reg) => reg?.pushManager.getSubscription())
      .then((sub) => setState(sub ? "on" : "off"))
      .catch(() => setState("off"));
  }, []);

  async function subscribe() {
    setState("busy");
    setError(null);
    try {
      if ((await Notification.requestPermission()) !== "granted") {
        setState(Notification.permission === "denied" ? "denied" : "off");
        return;
      }
      const reg = await navigator.serviceWorker.register("/push-sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
      const sub = (await reg.pushManager.getSubscription()) ?? (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
      await send("POST", sub.toJSON(), TEXT.failed);
      setState("on");
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : TEXT.failed);
      setState("off");
    }
  }

  async function unsubscribe() {
    setState("busy");
    setError(null);
    try {
      const sub = await (await navigator.serviceWorker.getRegistration("/"))?.pushManager.getSubscription();
      if (sub) {
        await send("DELETE", { endpoint: sub.endpoint }, TEXT.failed);
        await sub.unsubscribe();
      }
      setState("off");
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : TEXT.failed);
      setState("on");
    }
  }

  return (
    <section className="push-control" aria-labelledby="push-control-title" data-testid="push-control" data-state={state}>
      <h2 id="push-control-title" className="push-control__title">{TEXT.title}</h2>
      {state === "script" ? <p>{TEXT.needsScript}</p> : null}
      {state === "unsupported" ? <p>{TEXT.unsupported}</p> : null}
      {state === "denied" ? <p>{TEXT.denied}</p> : null}
      {state === "off" || state === "on" || state === "busy" ? <p>{state === "on" ? TEXT.on : TEXT.off}</p> : null}
      {error ? <p className="notice notice--error" role="alert">{error}</p> : null}
      {state === "off" ? (
        <button type="button" className="button" onClick={() => void subscribe()}>{TEXT.subscribe}</button>
      ) : null}
      {state === "on" ? (
        <button type="button" className="button" onClick={() => void unsubscribe()}>{TEXT.unsubscribe}</button>
      ) : null}
      {state === "busy" ? <button type="button" className="button" disabled>{TEXT.busy}</button> : null}
    </section>
  );
}
