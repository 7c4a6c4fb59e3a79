import { t } from "@/lib/i18n/text";
// What the upload pipeline says to members, in one place (to move into the
// message catalogues with issue 17). Each refusal names the file; each is
// made when called, in the request's language. removedInPlace stays
// Vietnamese: it is written into a post's stored HTML.
export const UPLOAD_MESSAGES = {
  notAnImage: (name: string) => t("services.uploads.notAnImage", { name }),
  svg: (name: string) => t("services.uploads.svg", { name }),
  html: (name: string) => t("services.uploads.html", { name }),
  polyglot: (name: string) => t("services.uploads.polyglot", { name }),
  heic: (name: string) => t("services.uploads.heic", { name }),
  damaged: (name: string) => t("services.uploads.damaged", { name }),
  tooManyPixels: (name: string, megapixels: number) => t("services.uploads.tooManyPixels", { name, megapixels }),
  tooLarge: (name: string, mb: number) => t("services.uploads.tooLarge", { name, mb }),
  empty: (name: string) => t("services.uploads.empty", { name }),
  tooManyFiles: (max: number) => t("services.uploads.tooManyFiles", { max }),
  dailyQuota: (max: number) => t("services.uploads.dailyQuota", { max }),
  firstPosts: (n: number) => t("services.uploads.firstPosts", { n }),
  get notAllowed() {
    return t("services.uploads.notAllowed");
  },
  get guest() {
    return t("services.uploads.guest");
  },
  requestTooLarge: (mb: number) => t("services.uploads.requestTooLarge", { mb }),
  removedInPlace: (reason: string) => `Ảnh đã bị điều hành viên gỡ: ${reason}`,
  get notFound() {
    return t("services.uploads.notFound");
  },
  get altTooLong() {
    return t("services.uploads.altTooLong");
  },
} as const;
