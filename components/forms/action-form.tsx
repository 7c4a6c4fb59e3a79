"use client";
// A form bound to a server action that shows the action's message and puts
// back what was typed after a refusal — with JavaScript (useActionState) and
// without it (the page is rendered again with the action's state). Inputs read
// their values from the form's state through context, so nothing is lost.
import { createContext, useActionState, useContext, useRef } from "react";
import { useTypedText } from "./use-typed-text";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { FormMessage } from "./form-message";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const StateContext = createContext<FormState>(IDLE);

export function ActionForm({
  action,
  children,
  className,
  label,
}: {
  action: Action;
  children: React.ReactNode;
  className?: string;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={className} aria-label={label} aria-busy={pending || undefined}>
      {/* The same message as every form's (an error takes the focus). */}
      <FormMessage state={state} />
      {/* Keyed by the state so inputs pick up the echoed values after each answer. */}
      <StateContext.Provider value={state}>
        <div className="action-form__fields" key={JSON.stringify(state.values ?? {})}>
          {children}
        </div>
      </StateContext.Provider>
    </form>
  );
}

/** The value to show for a field: what was just submitted, else the default. */
function useEchoed(name: string, fallback?: string): string | undefined {
  const state = useContext(StateContext);
  return state.values?.[name] ?? fallback;
}

function useFieldError(name: string): string | undefined {
  return useContext(StateContext).errors?.[name];
}

type InputProps = React.InputHTMLAttributes<HTMLInputElement> & { name: string };
export function FormInput({ name, defaultValue, ...rest }: InputProps) {
  const value = useEchoed(name, defaultValue as string | undefined);
  const error = useFieldError(name);
  return <input name={name} defaultValue={value} aria-invalid={error ? true : undefined} {...rest} />;
}

type TextareaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string };
export function FormTextarea({ name, defaultValue, ...rest }: TextareaProps) {
  const value = useEchoed(name, defaultValue as string | undefined);
  const error = useFieldError(name);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useTypedText(textarea);
  return <textarea ref={textarea} name={name} defaultValue={value} aria-invalid={error ? true : undefined} {...rest} />;
}

type SelectProps = React.SelectHTMLAttributes<HTMLSelectElement> & { name: string };
export function FormSelect({ name, defaultValue, children, ...rest }: SelectProps) {
  const value = useEchoed(name, defaultValue as string | undefined);
  return (
    <select name={name} defaultValue={value} {...rest}>
      {children}
    </select>
  );
}

/** A radio that stays chosen after a refusal. */
export function FormRadio({ name, value, defaultChecked, ...rest }: InputProps & { value: string }) {
  const chosen = useContext(StateContext).values?.[name];
  return <input type="radio" name={name} value={value} defaultChecked={chosen !== undefined ? chosen === value : defaultChecked} {...rest} />;
}

/** The state of the enclosing ActionForm (for previews rendered inside it). */
export function useActionFormState(): FormState {
  return useContext(StateContext);
}

export function FieldError({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? <span className="field__error">{error}</span> : null;
}
