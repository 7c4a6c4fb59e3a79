"use client";
// A submit button that shows the form is being sent (and cannot be pressed
// twice) while JavaScript runs; without JavaScript it is a plain button.
// `pendingLabel` in the page's language comes from the server parent
// (composer.sending, or the form's own words); without one it says the
// Vietnamese catalog's "Đang gửi…".
import { useFormStatus } from "react-dom";
import { VI_COMPOSER_TEXT } from "@/components/thread/composer-text";

export function SubmitButton({ children, pendingLabel, className = "button button--primary" }: { children: React.ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? VI_COMPOSER_TEXT.sending) : children}
    </button>
  );
}
