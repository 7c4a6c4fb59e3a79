// The guests' later pages of a thread, /threads/<slug>.<id>/page-N, served
// from the server cache (see ../page.tsx).
import type { Metadata } from "next";
import { GuestThreadPage } from "@/components/thread/guest-thread-page";
import { threadMetadata } from "@/app/(forum)/threads/[slugId]/thread-metadata";
import { resolveThreadPage } from "@/lib/next/load-thread-route";

export const revalidate = 30;

export function generateStaticParams(): { slugId: string; pageSegment: string }[] {
  return [];
}

type Props = { params: Promise<{ slugId: string; pageSegment: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slugId, pageSegment } = await params;
  const { thread, page } = await resolveThreadPage(null, slugId, pageSegment);
  return threadMetadata(thread, page);
}

export default async function GuestThreadPageNRoute({ params }: Props) {
  const { slugId, pageSegment } = await params;
  const { thread, page } = await resolveThreadPage(null, slugId, pageSegment);
  return <GuestThreadPage thread={thread} page={page} />;
}
