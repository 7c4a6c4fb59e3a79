// How many posts one multi-quote may hold (imported by the browser too: no imports here).
export const MULTI_QUOTE_MAX = 20;
