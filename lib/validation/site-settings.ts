// The "Diễn đàn" section of the settings page: name, description, who may
// register, the site notice. Vietnamese messages for the form.
import { z } from "zod";
import { stripUnsafeControls } from "./unicode-text";

const text = (max: number, label: string, min = 0) =>
  z
    .string()
    .optional()
    .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min, { error: `${label} cần ít nhất ${min} ký tự.` })
        .max(max, { error: `${label} tối đa ${max} ký tự.` }),
    );

export const siteSettingsFormSchema = z.object({
  forumName: text(60, "Tên diễn đàn", 2).transform((s) => s.replace(/\s+/g, " ")),
  forumDescription: text(300, "Mô tả").transform((s) => s.replace(/\s+/g, " ")),
  registrationMode: z.enum(["open", "approval", "closed"], { error: "Hãy chọn chế độ đăng ký." }),
  siteNotice: text(1000, "Thông báo"),
});
