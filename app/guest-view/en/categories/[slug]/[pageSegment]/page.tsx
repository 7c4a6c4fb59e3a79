// The English copy of app/guest-view/categories/[slug]/[pageSegment]: the same page, rendered in English
// (lib/i18n/locale-handler.ts binds /guest-view/en/… to English) and cached
// under its own key. next.config.mjs rewrites an English guest's request here.
export { default, generateStaticParams, generateMetadata } from "@/app/guest-view/categories/[slug]/[pageSegment]/page";

// A route's segment config must be written in its own file.
export const revalidate = 30;
