// Whether a form's text has been posted: a post carries the form's token
// (lib/forum/form-token.ts). Draft saves check it so that a save sent while
// the form was being submitted — and written after the post's commit dropped
// the draft, as on a slow connection — cannot bring the posted text back as
// a draft (issue 12).
import "server-only";
import { db } from "@/lib/db";

export async function formAlreadyPosted(clientToken: string): Promise<boolean> {
  return (await db.post.count({ where: { clientToken } })) > 0;
}
