"use client";
// Why the server refused what the reply box or the new-thread form sent, above
// the text it kept (role="alert": read out as soon as it appears). It takes the
// focus when it appears, so a keyboard user is not left on the button.
import { useFocusOnShow } from "@/components/forms/use-focus-on-show";

export function ComposerError({ message, testId }: { message?: string; testId: string }) {
  const ref = useFocusOnShow<HTMLParagraphElement>(message);
  if (!message) return null;
  return (
    <p ref={ref} tabIndex={-1} className="notice notice--error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
