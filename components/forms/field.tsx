// One labelled input with its hint and error, wired for screen readers
// (aria-invalid, aria-describedby). No hooks: usable in server and client components.
type Props = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "hidden";
  defaultValue?: string;
  error?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  idPrefix?: string;
  inputMode?: "numeric" | "text";
};

export function Field({ name, label, type = "text", defaultValue, error, hint, autoComplete, required, maxLength, minLength, idPrefix = "f", inputMode }: Props) {
  const id = `${idPrefix}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        minLength={minLength}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
