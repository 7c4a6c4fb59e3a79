// Replaying a form as raw HTTP: how a test calls a server action directly,
// bypassing the UI — the way an attacker would. The form is taken from the
// server-rendered HTML (what a no-JavaScript browser gets), so it carries the
// server action's id.
import type { Page } from "@playwright/test";

function decode(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The fields of the first form on `url` (as `page`'s session sees it) whose HTML contains `marker`. */
export async function serverForm(page: Page, url: string, marker: string): Promise<Record<string, string>> {
  const html = await (await page.request.get(url)).text();
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(marker));
  if (!form) throw new Error(`No form containing ${marker} on ${url}`);
  const fields: Record<string, string> = {};
  for (const [tag] of form.matchAll(/<(?:input|textarea|select)\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    if (/type="(radio|checkbox)"/.test(tag) && !/\schecked/.test(tag)) continue;
    fields[name] = decode(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  return fields;
}

/** POSTs the fields to `url` as a no-JavaScript form submission would, with `page`'s cookies. */
export async function replayForm(page: Page, url: string, fields: Record<string, string>) {
  return page.request.post(url, { multipart: fields, maxRedirects: 0 });
}
