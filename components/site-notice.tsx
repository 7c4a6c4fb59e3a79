// The administrator's site notice (Cài đặt → Diễn đàn), above every page —
// the guests' cached pages too: it is read through the settings cache, whose
// tag saving the settings expires, so each cached page carries that tag.
// Closing it: with JavaScript, remembered in this browser for this text
// (site-notice-close.tsx); without JavaScript, the "Đóng" checkbox hides it
// for the page in view (CSS), as nothing per reader may be in a cached page.
import "@/components/members/members.css";
import { getCachedSiteSettings } from "@/lib/next/cached-site-settings";
import { SiteNoticeClose } from "./site-notice-close";
import { translator } from "@/lib/i18n/server";

/** A short, stable id of the text: closing one notice does not hide the next. */
function noticeId(text: string): string {
  let h = 5381;
  for (const ch of text) h = ((h * 33) ^ ch.codePointAt(0)!) >>> 0;
  return h.toString(36);
}

export async function SiteNotice() {
  let text = "";
  try {
    text = (await getCachedSiteSettings()).siteNotice;
  } catch {
    // No database (a page prerendered while building): no notice rather than no page.
    return null;
  }
  if (!text) return null;
  const t = await translator();
  const T = { label: t("nav.siteNotice"), close: t("nav.closeSiteNotice") };
  const id = noticeId(text);
  return (
    <div className="site-notice" data-notice-id={id}>
      <input type="checkbox" id={`site-notice-${id}`} className="site-notice__toggle visually-hidden" aria-label={T.close} />
      <div className="site-notice__box" role="region" aria-label={T.label}>
        <p className="site-notice__text">{text}</p>
        <label htmlFor={`site-notice-${id}`} className="site-notice__close" title={T.close}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{T.close}</span>
        </label>
        <SiteNoticeClose id={id} />
      </div>
    </div>
  );
}
