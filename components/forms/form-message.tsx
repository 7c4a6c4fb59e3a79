// The message above a form after it was sent: an error (role="alert") or a
// confirmation (role="status").
import type { FormState } from "@/lib/validation/form-state";

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  if (state.status === "error") {
    return (
      <p className="notice notice--error" role="alert">
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
