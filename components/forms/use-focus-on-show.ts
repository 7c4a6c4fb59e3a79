"use client";
// After a failed submit, keyboard and screen-reader users should land on the
// message that says what went wrong (issue 17): the message element takes the
// focus (tabIndex={-1}) when it appears or its text changes. Only in the
// browser after a client-side answer: without JavaScript the page is new and
// the browser's own focus order applies.
import { useEffect, useRef } from "react";

export function useFocusOnShow<T extends HTMLElement>(message: string | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return ref;
}
