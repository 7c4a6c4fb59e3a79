import { t } from "@/lib/i18n/text";
// What the upload pipeline says to members, in one place (to move into the
// message catalogues with issue 17). Each refusal names the file; each is
// made when called, in the request's language. removedInPlace stays
// Vietnamese: it is written into a post's stored HTML.
export const UPLOAD_MESSAGES = {
  notAnImage: (name: string) => t("services.uploadsNotAnImage", { name }),
  svg: (name: string) => t("services.uploadsSvg", { name }),
  html: (name: string) => t("services.uploadsHtml", { name }),
  polyglot: (name: string) => t("services.uploadsPolyglot", { name }),
  heic: (name: string) => t("services.uploadsHeic", { name }),
  damaged: (name: string) => t("services.uploadsDamaged", { name }),
  tooManyPixels: (name: string, megapixels: number) => t("services.uploadsTooManyPixels", { name, megapixels }),
  tooLarge: (name: string, mb: number) => t("services.uploadsTooLarge", { name, mb }),
  empty: (name: string) => t("services.uploadsEmpty", { name }),
  tooManyFiles: (max: number) => t("services.uploadsTooManyFiles", { max }),
  dailyQuota: (max: number) => t("services.uploadsDailyQuota", { max }),
  firstPosts: (n: number) => t("services.uploadsFirstPosts", { n }),
  get notAllowed() {
    return t("services.uploadsNotAllowed");
  },
  get guest() {
    return t("services.uploadsGuest");
  },
  requestTooLarge: (mb: number) => t("services.uploadsRequestTooLarge", { mb }),
  removedInPlace: (reason: string) => `Ảnh đã bị điều hành viên gỡ: ${reason}`,
  get notFound() {
    return t("services.uploadsNotFound");
  },
  get altTooLong() {
    return t("services.uploadsAltTooLong");
  },
} as const;
