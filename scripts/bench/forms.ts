// Server-rendered forms, submitted the way a browser without JavaScript
// submits them: the benchmark logs members in through the real login form and
// posts replies through the real reply form (its server action), so it
// measures what members get, not a shortcut.
export type FormFields = Record<string, string>;

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The named fields of the first <form> in `html` whose markup contains `marker`. */
export function formFields(html: string, marker: string): FormFields {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(marker));
  if (!form) throw new Error(`no form containing “${marker}” in the page`);
  const fields: FormFields = {};
  for (const [tag] of form.matchAll(/<(?:input|textarea|select)\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    if (/type="(radio|checkbox)"/.test(tag) && !/\schecked/.test(tag)) continue;
    fields[decodeEntities(name)] = decodeEntities(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  return fields;
}

/** A multipart/form-data body, as browsers send a form with encType multipart/form-data. */
export function multipartBody(fields: FormFields, boundary: string): string {
  let body = "";
  for (const [name, value] of Object.entries(fields)) {
    body += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  return `${body}--${boundary}--\r\n`;
}

/** The session cookie (name=value) a response set, or null. */
export function sessionCookie(response: Response): string | null {
  for (const header of response.headers.getSetCookie()) {
    const match = /^((?:__Secure-)?authjs\.session-token)=([^;]+)/.exec(header);
    if (match) return `${match[1]}=${match[2]}`;
  }
  return null;
}

/** Logs a member in through the login form; returns their session cookie. */
export async function logInThroughForm(origin: string, identifier: string, password: string): Promise<string> {
  const page = await fetch(`${origin}/login`);
  const fields = formFields(await page.text(), 'name="identifier"');
  const boundary = `----banluanbench${Math.random().toString(16).slice(2)}`;
  const response = await fetch(`${origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin },
    body: multipartBody({ ...fields, identifier, password }, boundary),
  });
  const cookie = sessionCookie(response);
  if (!cookie) throw new Error(`logging in ${identifier} failed: HTTP ${response.status}`);
  return cookie;
}
