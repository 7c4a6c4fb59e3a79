"use client";
// The message above a form after it was sent: an error (role="alert") or a
// confirmation (role="status"). An error takes the focus when it appears
// (use-focus-on-show.ts), so a keyboard user lands on what went wrong.
import type { FormState } from "@/lib/validation/form-state";
import { useFocusOnShow } from "./use-focus-on-show";

export function FormMessage({ state }: { state: FormState }) {
  const error = state.status === "error" ? state.message : undefined;
  const ref = useFocusOnShow<HTMLParagraphElement>(error);
  if (!state.message) return null;
  if (error) {
    return (
      <p ref={ref} tabIndex={-1} className="notice notice--error" role="alert">
        {state.message}
      </p>
    );
  }
  return (
    <p className="notice notice--success" role="status">
      {state.message}
    </p>
  );
}
