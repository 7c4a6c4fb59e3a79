"use client";
// "Người nhận": a plain text field of usernames (works without JavaScript).
// With JavaScript, what is being typed after the last comma is looked up
// (/api/members/suggest) and offered in a datalist; choosing a suggestion
// completes that name and keeps the ones before it.
import { useRef, useState } from "react";

type Props = { id: string; name: string; defaultValue: string; hint: string; error?: string; onInput?: () => void };

export function RecipientsInput({ id, name, defaultValue, hint, error, onInput }: Props) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const asked = useRef("");

  function lookUp(value: string) {
    const parts = value.split(",");
    const last = parts[parts.length - 1].trim().replace(/^@/, "");
    const before = parts.slice(0, -1).map((p) => p.trim()).filter(Boolean);
    if (last.length < 2 || last === asked.current) return;
    asked.current = last;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      try {
        const res = await fetch(`/api/members/suggest?q=${encodeURIComponent(last)}`, { cache: "no-store" });
        if (!res.ok) return;
        const found = (await res.json()) as { username: string; displayName: string }[];
        setOptions(found.map((m) => ({ value: [...before, m.username].join(", "), label: m.displayName })));
      } catch {
        // No suggestions this time; typing the name still works.
      }
    }, 200);
  }

  return (
    <>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        key={`${name}-${defaultValue}`}
        required
        autoComplete="off"
        list={`${id}-suggestions`}
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? true : undefined}
        onInput={(e) => {
          lookUp(e.currentTarget.value);
          onInput?.();
        }}
      />
      <datalist id={`${id}-suggestions`} data-testid="recipient-suggestions">
        {options.map((o) => (
          <option key={o.value} value={o.value} label={o.label} />
        ))}
      </datalist>
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      {error ? <span className="field__error">{error}</span> : null}
    </>
  );
}
