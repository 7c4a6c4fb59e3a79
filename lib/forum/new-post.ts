// The row of a member's new post, a reply or a thread's opening post alike:
// the Markdown as written and as rendered, the status the posting rules gave
// it, the form's token (lib/forum/form-token.ts) and the hashed address.
export type NewPostContent = {
  source: string;
  html: string;
  status: string;
  clientToken: string;
  ipHash: string | null;
  createdAt: Date;
};

export function newPostData(thread: { id: number }, authorId: number, number: number, content: NewPostContent) {
  return { threadId: thread.id, authorId, number, format: "markdown", ...content };
}
