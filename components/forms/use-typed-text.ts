// Puts back what was typed into a textarea before hydration (typed-text-script.ts says why).
import { useLayoutEffect, type RefObject } from "react";
import { TYPED_STORE } from "./typed-text-script";

type TypedStore = WeakMap<HTMLTextAreaElement, string>;

/** Restores, once, what was typed into this textarea before it was hydrated. */
export function useTypedText(ref: RefObject<HTMLTextAreaElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    const store = (window as unknown as Record<string, TypedStore | undefined>)[TYPED_STORE];
    if (!element || !store) return;
    const typed = store.get(element);
    store.delete(element);
    if (typed === undefined || typed === element.value) return;
    element.value = typed;
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, [ref]);
}
