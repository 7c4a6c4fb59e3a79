// Why the server refused what the reply box or the new-thread form sent, above
// the text it kept (role="alert": read out as soon as it appears).
export function ComposerError({ message, testId }: { message?: string; testId: string }) {
  if (!message) return null;
  return (
    <p className="notice notice--error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
