"use client";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/validation/form-contract";
import { alertPreferencesAction } from "@/actions/alerts";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const TEXT = {
  autoWatch: "Tự động theo dõi chủ đề tôi tạo hoặc trả lời",
  watched: "Email về chủ đề đang theo dõi",
  watchedModes: {
    immediate: "Ngay khi có phản hồi mới (một thư mỗi chủ đề cho đến khi tôi đọc lại)",
    daily: "Tóm tắt hằng ngày",
    weekly: "Tóm tắt hằng tuần",
    never: "Không gửi",
  },
  mentions: "Email khi có người trích dẫn, nhắc đến tôi hoặc gửi tin nhắn riêng cho tôi",
  mentionModes: { immediate: "Ngay lập tức", never: "Không gửi" },
  followAlerts: "Thông báo khi thành viên tôi theo dõi tạo chủ đề hoặc trả lời",
  save: "Lưu cài đặt",
} as const;

type Prefs = { autoWatch: boolean; followAlerts: boolean; watchedEmail: keyof typeof TEXT.watchedModes; mentionEmail: keyof typeof TEXT.mentionModes };

export function AlertPreferencesForm({ prefs }: { prefs: Prefs }) {
  const [state, action] = useActionState<FormState, FormData>(alertPreferencesAction, IDLE);
  return (
    <form action={action} className="form alert-settings" data-testid="alert-settings">
      <FormMessage state={state} />
      <label className="field field--check">
        <input type="checkbox" name="autoWatch" value="1" defaultChecked={prefs.autoWatch} /> {TEXT.autoWatch}
      </label>
      <label className="field field--check">
        <input type="checkbox" name="followAlerts" value="1" defaultChecked={prefs.followAlerts} /> {TEXT.followAlerts}
      </label>
      <fieldset className="field">
        <legend>{TEXT.watched}</legend>
        {(Object.keys(TEXT.watchedModes) as Prefs["watchedEmail"][]).map((mode) => (
          <label key={mode} className="field--check">
            <input type="radio" name="watchedEmail" value={mode} defaultChecked={prefs.watchedEmail === mode} /> {TEXT.watchedModes[mode]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{TEXT.mentions}</legend>
        {(Object.keys(TEXT.mentionModes) as Prefs["mentionEmail"][]).map((mode) => (
          <label key={mode} className="field--check">
            <input type="radio" name="mentionEmail" value={mode} defaultChecked={prefs.mentionEmail === mode} /> {TEXT.mentionModes[mode]}
          </label>
        ))}
      </fieldset>
      <SubmitButton>{TEXT.save}</SubmitButton>
    </form>
  );
}
