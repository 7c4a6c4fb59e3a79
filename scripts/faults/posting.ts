// Members posting replies the way a browser without JavaScript does: the
// reply form's fields read once from the thread page, then one multipart
// POST per reply with a token of its own. Acknowledged = the server answered
// 303 to the post (#post-<id>); anything else is unanswered or refused, and
// the same form (same token) may be sent again.
import crypto from "node:crypto";
import { formFields, multipartBody, type FormFields } from "../bench/forms";

/** `member`: which of the loop's cookies sent it (a form is sent again by the same member). */
export type Sent = { token: string; source: string; member?: number; postId?: number; status?: number; body?: string; error?: string };

export async function replyForm(origin: string, threadPath: string, cookie: string): Promise<FormFields> {
  const page = await fetch(origin + threadPath, { headers: { cookie } });
  const fields = formFields(await page.text(), 'id="reply-composer"');
  delete fields.clientToken;
  delete fields.source;
  return fields;
}

export const newToken = () => crypto.randomBytes(18).toString("base64url");

/** Sends the reply form once; never throws (a dropped connection is an unanswered form). */
export async function sendReply(origin: string, threadPath: string, cookie: string, fields: FormFields, sent: Sent, timeoutMs = 15_000): Promise<Sent> {
  const boundary = `----banluanfaults${crypto.randomBytes(6).toString("hex")}`;
  try {
    const response = await fetch(origin + threadPath, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin, "content-type": `multipart/form-data; boundary=${boundary}` },
      body: multipartBody({ ...fields, clientToken: sent.token, source: sent.source }, boundary),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    const id = /#post-(\d+)$/.exec(response.headers.get("location") ?? "")?.[1];
    return { ...sent, status: response.status, postId: response.status === 303 && id ? Number(id) : undefined, body: response.status === 303 ? undefined : body, error: undefined };
  } catch (error) {
    return { ...sent, status: undefined, postId: undefined, error: (error as Error).message };
  }
}

/** `members` members posting in a loop until `stop()`; returns everything sent. */
export function postInLoop(origin: string, threadPath: string, cookies: string[], fields: FormFields, label: string) {
  let running = true;
  const all: Sent[] = [];
  let n = 0;
  const loops = cookies.map(async (cookie, m) => {
    while (running) {
      const sent: Sent = { token: newToken(), member: m, source: `${label}: thành viên ${m + 1}, phản hồi số ${++n} — ${crypto.randomBytes(4).toString("hex")}` };
      all.push(sent);
      Object.assign(sent, await sendReply(origin, threadPath, cookie, fields, sent));
    }
  });
  return {
    all,
    /** Stops sending new forms at once; resolves when the ones in flight are answered or dropped. */
    stop: () => {
      running = false;
      return Promise.all(loops).then(() => all);
    },
  };
}
