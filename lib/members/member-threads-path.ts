// The address of a member's threads, page `page` (page 1 has no suffix).
import { memberPath } from "@/lib/urls";

export function memberThreadsPath(member: { username: string }, page = 1): string {
  const base = `${memberPath(member)}/threads`;
  return page > 1 ? `${base}/page-${page}` : base;
}
