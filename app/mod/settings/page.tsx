// Forum settings for administrators: limits, windows and thresholds.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput } from "@/components/forms/action-form";
import { updateSettingsAction } from "@/actions/moderation";
import { canManageSettings } from "@/lib/permissions";
import { getSettings, type ForumSettingsValues } from "@/lib/settings";
import { getViewer } from "@/lib/next/session";

export const metadata = { title: "Cài đặt" };

const FIELDS: { key: keyof ForumSettingsValues; label: string; hint: string }[] = [
  { key: "editWindowMinutes", label: "Thời gian được sửa bài (phút)", hint: "Thành viên sửa bài của mình trong khoảng này; điều hành viên sửa bất cứ lúc nào." },
  { key: "replyIntervalSeconds", label: "Khoảng cách giữa hai trả lời (giây)", hint: "Với mỗi thành viên. Tạo chủ đề mới cũng phải chờ khoảng này sau bài gần nhất (trả lời hay chủ đề)." },
  { key: "newMemberReplyIntervalSeconds", label: "Khoảng cách cho thành viên mới (giây)", hint: "Áp dụng cho thành viên mới đăng ký." },
  { key: "newMemberHours", label: "Thời gian là thành viên mới (giờ)", hint: "" },
  { key: "maxReplyLength", label: "Độ dài tối đa một trả lời (ký tự)", hint: "Cũng là giới hạn nội dung mở đầu của chủ đề mới." },
  { key: "duplicateWindowMinutes", label: "Chặn nội dung trùng lặp trong (phút)", hint: "" },
  { key: "autoHideReportCount", label: "Tự động ẩn sau số báo cáo", hint: "Số thành viên khác nhau báo cáo một bài." },
  { key: "approveFirstReplies", label: "Duyệt trước N trả lời đầu tiên của thành viên mới", hint: "0: không cần duyệt. Tính cả chủ đề mới: khi thành viên chưa đủ N bài được duyệt, chủ đề họ tạo cũng chờ duyệt." },
];

export default async function SettingsPage() {
  if (!canManageSettings(await getViewer())) notFound();
  const settings = await getSettings();
  return (
    <>
      <h1 className="page-title">Cài đặt diễn đàn</h1>
      <ActionForm action={updateSettingsAction} className="form" label="Cài đặt">
        {FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`setting-${f.key}`}>{f.label}</label>
            <FormInput id={`setting-${f.key}`} name={f.key} type="number" min={0} step={1} defaultValue={String(settings[f.key])} required />
            {f.hint ? <span className="field__hint">{f.hint}</span> : null}
            <FieldError name={f.key} />
          </div>
        ))}
        <div className="composer__actions">
          <button type="submit" className="button button--primary">Lưu cài đặt</button>
        </div>
      </ActionForm>
    </>
  );
}
