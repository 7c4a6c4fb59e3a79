// Text typed into a page before its scripts have run is kept.
//
// A page is usable from its HTML, so on a slow connection a member may start
// typing into a textarea (the edit form, a restored draft, their profile)
// before React hydrates it. React 19 then resets such a textarea to the text
// the server rendered (react-dom's initTextarea sets `value` back to its
// `textContent` whenever that is not empty), and what was typed is gone: the
// edit was saved unchanged. Inputs are not affected (React keeps their value
// when hydrating).
//
// TYPED_TEXT_SCRIPT runs inline at the top of <body> (app/layout.tsx), before
// any form is parsed: it notes the last value typed into each textarea. When a
// textarea with server text mounts, useTypedText puts that value back (and
// announces it with an input event, so the draft saver, the live preview and
// the counters see it).
export const TYPED_STORE = "__banluanTyped";

/** Inline, in plain ES5 syntax: a WeakMap from each textarea typed into to its last value. */
export const TYPED_TEXT_SCRIPT =
  `(function(){var m=window.${TYPED_STORE}=new WeakMap();` +
  `document.addEventListener("input",function(e){var t=e.target;if(t&&t.tagName==="TEXTAREA")m.set(t,t.value)},true)})();`;

