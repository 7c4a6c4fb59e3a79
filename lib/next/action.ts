// The one wrapper every server action (actions/*.ts) is made with. An action
// is four steps, always in this order, and this file is the only place that
// spells them out:
//   1. read the form into the service's input (and the values to give back
//      to the form if it is refused — never passwords);
//   2. resolve the viewer from the database-checked session and call the
//      service `(viewer, input, ctx)`, which parses the input with zod and
//      authorises it against fresh state (lib/permissions.ts);
//   3. on success, expire the cached pages the change shows on
//      (lib/next/expire.ts);
//   4. answer: a redirect, or a form state shown in place.
// A typed error from the service (lib/errors.ts) becomes the form's error
// state with what was typed; anything else is a bug, logged and rethrown,
// except Next.js's own redirect / not-found signals, which pass through.
import "server-only";
import { refresh } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { hashIp } from "@/lib/ip-hash";
import type { Viewer } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/service-context";
import type { FormState } from "@/lib/validation/form-contract";
import { toFormError } from "@/lib/validation/to-form-error";
import { getViewer, requestIp, requireViewer } from "./session";
import { localized } from "@/lib/i18n/server";
import { t } from "@/lib/i18n/text";

/** A service in the house contract: parses `input` itself, throws typed errors. */
export type Service<R> = (viewer: Viewer | null, input: unknown, ctx: ServiceContext) => Promise<R>;

/** What an action answers once the service succeeded: a path to go to, or a state for the form. */
export type Answer = string | FormState;

type Spec<I, R> = {
  /** The service's input, read from the submitted form. */
  input: (form: FormData) => I;
  /** What goes back into the form when the service refuses (never secrets). Default: nothing. */
  values?: (input: I) => Record<string, string>;
  service: Service<R>;
  /** For a page only members have: a guest (a session ended meanwhile) is sent to log in, then back here. */
  loginFirst?: string;
  /** Expires what the cache holds of the change (lib/next/expire.ts). */
  expire?: (result: R, input: I) => void | Promise<void>;
  /** Where to go, or what the form shows, after success. */
  answer: (result: R, input: I, viewer: Viewer | null) => Answer | Promise<Answer>;
  /** Adds to the form's error state (a fresh spam challenge for the next attempt, say). */
  refused?: (state: FormState, input: I, error: unknown) => FormState | Promise<FormState>;
};

/** The request's context for services: the client's address (rate limits) and its hash (kept with posts). */
async function requestContext(): Promise<ServiceContext> {
  const ip = await requestIp();
  return { ip, ipHash: hashIp(ip) };
}

async function run<I, R>(spec: Spec<I, R>, form: FormData): Promise<FormState> {
  const input = spec.input(form);
  let answer: Answer;
  try {
    const viewer = spec.loginFirst ? await requireViewer(spec.loginFirst) : await getViewer();
    const result = await spec.service(viewer, input, await requestContext());
    await spec.expire?.(result, input);
    answer = await spec.answer(result, input, viewer);
  } catch (error) {
    unstable_rethrow(error);
    const state = toFormError(error, spec.values?.(input) ?? {});
    return spec.refused ? spec.refused(state, input, error) : state;
  }
  // A form sent from an English page (/en/…) leads to an English page (lib/i18n).
  if (typeof answer === "string") redirect(localized(answer));
  return answer;
}

/** An action for a form with state (`useActionState`, and the same form without JavaScript). */
export function formAction<I, R>(spec: Spec<I, R>): (previous: FormState, form: FormData) => Promise<FormState> {
  return (_previous, form) => run(spec, form);
}

/** An action for a plain form without state (log out, say): it only redirects, or throws. */
export function plainAction<I, R>(spec: Spec<I, R>): (form: FormData) => Promise<void> {
  return async (form) => {
    const state = await run(spec, form);
    // A refusal here has no form to show on: the page it came from is shown again.
    if (state.status === "error") console.warn("Refused plain form action:", state.message);
  };
}

/**
 * An action called by script (draft saves): the input is the argument, the
 * answer `{ ok, message }`; nothing is expired or redirected.
 */
export function callAction<I, R>(service: Service<R>): (input: I) => Promise<{ ok: boolean; message?: string }> {
  return async (input) => {
    try {
      await service(await getViewer(), input, await requestContext());
      return { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      return { ok: false, message: toFormError(error, {}).message };
    }
  };
}

/**
 * Like callAction, for a script that needs what the service answered (a
 * live preview's HTML, the quotes to insert): `{ ok, data }` or `{ ok, message }`.
 */
export function callActionFor<I, R>(service: Service<R>): (input: I) => Promise<{ ok: true; data: R } | { ok: false; message: string }> {
  return async (input) => {
    try {
      return { ok: true, data: await service(await getViewer(), input, await requestContext()) };
    } catch (error) {
      unstable_rethrow(error);
      return { ok: false, message: toFormError(error, {}).message ?? t("services.actionFailed") };
    }
  };
}

/** A success shown in place: the page the form is on is rendered again with the change. */
export function inPlace(message?: string, values?: Record<string, string>): FormState {
  refresh();
  return { status: "success", message, values };
}

/** What goes back into a form as typed: short non-secret fields, cut at 500 characters. */
export function echo<K extends string>(input: Record<K, string>, names: readonly K[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, input[name].slice(0, 500)]));
}

/** A string field of a submitted form ("" when absent or a file). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Several string fields at once, as an object. */
export function fields<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, field(form, name)])) as Record<K, string>;
}
