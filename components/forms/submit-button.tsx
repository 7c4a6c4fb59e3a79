"use client";
// A submit button that shows the form is being sent (and cannot be pressed
// twice) while JavaScript runs; without JavaScript it is a plain button.
// `pendingLabel` in the page's language comes from the server parent
// (composer.sending, or the form's own words); without one the button keeps
// its own label, disabled and marked busy — never a word in a language the
// page is not in.
import { useFormStatus } from "react-dom";

export function SubmitButton({ children, pendingLabel, className = "button button--primary" }: { children: React.ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} aria-busy={pending || undefined}>
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
