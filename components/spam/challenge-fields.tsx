"use client";
// The anti-spam part of a form (lib/spam/form-challenge.ts): the signed form
// token, and the ALTCHA widget that solves the proof of work when the form
// is submitted. Without JavaScript the widget is an empty unknown element and
// the token alone goes with the form: the server then accepts it a few
// seconds after the form was rendered. After a failed submission the action
// hands back a fresh challenge (state.data), which replaces the spent one.
import { createElement, useEffect, useRef } from "react";
import { VI_COMPOSER_TEXT, type ComposerText } from "@/components/thread/composer-text";
import { pageLocale } from "@/lib/format";

export type ChallengeProps = { token: string; altcha: string };

const WIDGET_CONFIG = JSON.stringify({ hideFooter: true, hideLogo: false, minDuration: 300 });

type Text = Pick<ComposerText, "challengeNoScript">;

/** `text`: its words in the page's language (components/thread/composer-text.ts); the widget speaks the page's language too. */
export function ChallengeFields({ challenge, text = VI_COMPOSER_TEXT }: { challenge: ChallengeProps; text?: Text }) {
  const widget = useRef<HTMLElement & { configure?: (c: object) => void; reset?: () => void }>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new challenge after a failed submission: the widget starts over with it.
    widget.current?.configure?.({ challenge: challenge.altcha });
    widget.current?.reset?.();
  }, [challenge.altcha]);
  return (
    <div className="spam-challenge">
      <input type="hidden" name="formChallenge" value={challenge.token} />
      {createElement("altcha-widget", {
        ref: widget,
        challenge: challenge.altcha,
        name: "altcha",
        auto: "onsubmit",
        language: pageLocale(),
        configuration: WIDGET_CONFIG,
      })}
      <noscript>
        <p className="field__hint">{text.challengeNoScript}</p>
      </noscript>
      <link rel="stylesheet" href="/altcha/altcha.css" precedence="default" />
      <script src="/altcha/widget.js" async />
    </div>
  );
}

/** The honeypot (lib/spam/honeypot.ts): off-screen, hidden from assistive technology, out of the tab order. */
export function HoneypotField({ text = VI_COMPOSER_TEXT }: { text?: Pick<ComposerText, "honeypot"> }) {
  return (
    <div className="hp-field" aria-hidden="true">
      <label htmlFor="hp-website">{text.honeypot}</label>
      <input id="hp-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
