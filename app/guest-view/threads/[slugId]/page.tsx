// The guests' thread page (first page of replies), served from the server
// cache. Guests never see this address: a rewrite in next.config.mjs sends /threads/<slug>.<id>
// here for requests without a session cookie.
//
// Rendered on the first request for each thread (no thread is rendered at
// build time: generateStaticParams returns nothing, dynamicParams stays on),
// then served from the cache until a change expires one of its tags
// (lib/cache/tags.ts), or at most 30 s for the sidebar's newest posts, which
// no tag follows (see GuestThreadPage) — then refreshed in the background.
import type { Metadata } from "next";
import { GuestThreadPage } from "@/components/thread/guest-thread-page";
import { threadMetadata } from "@/app/(forum)/threads/[slugId]/thread-metadata";
import { resolveThreadPage } from "@/lib/next/load-thread-route";

export const revalidate = 30;

export function generateStaticParams(): { slugId: string }[] {
  return [];
}

type Props = { params: Promise<{ slugId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { thread, page } = await resolveThreadPage(null, (await params).slugId);
  return threadMetadata(thread, page);
}

export default async function GuestThreadPageRoute({ params }: Props) {
  const { thread, page } = await resolveThreadPage(null, (await params).slugId);
  return <GuestThreadPage thread={thread} page={page} />;
}
