// Limits the conversation forms show in the browser; no imports, so client
// components can read them without bundling zod.
export const CONVERSATION_TITLE_MAX = 150;
export const MAX_RECIPIENTS_AT_ONCE = 10;
export const MESSAGES_PER_PAGE = 20;
export const CONVERSATIONS_PER_PAGE = 20;
