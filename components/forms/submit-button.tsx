"use client";
// A submit button that shows the form is being sent (and cannot be pressed
// twice) while JavaScript runs; without JavaScript it is a plain button.
import { useFormStatus } from "react-dom";

export function SubmitButton({ children, pendingLabel, className = "button button--primary" }: { children: React.ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? "Đang gửi…") : children}
    </button>
  );
}
