// The whole 404 page, rendered on the server in the request's language, for
// the server script to put in place of the bare document Next.js answers a
// notFound() with (lib/http-gate/whole-not-found.ts): that document has no
// content until JavaScript runs. Rendered per request (only 404s ask for
// it), so each language renders its own; answering 200 here is harmless
// (noindex), the status the browser sees is the original 404.
import type { Metadata } from "next";
import NotFound from "@/app/not-found";
import { translator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("common.notFoundTitle"), robots: { index: false, follow: false } };
}

export default function PageNotFound() {
  return <NotFound />;
}
