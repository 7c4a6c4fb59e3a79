// /robots.txt: everything public may be crawled except endless search
// result pages; the sitemap lists the rest.
import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/urls";

// SITE_URL is read when the request comes, not frozen at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/search", "/conversations"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
