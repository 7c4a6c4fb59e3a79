// Forum settings for administrators: limits, windows and thresholds.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormSelect } from "@/components/forms/action-form";
import { updateSettingsAction } from "@/actions/moderation";
import { canManageSettings } from "@/lib/permissions";
import { getSettings, type ForumSettingsValues } from "@/lib/settings";
import { getViewer } from "@/lib/next/session";
import { ReactionKindsForm } from "@/components/moderation/reaction-kinds-form";
import { SiteSettingsForm } from "@/components/moderation/site-settings-form";
import { getSiteSettings } from "@/lib/site/site-settings";

export const metadata = { title: "Cài đặt" };

type SettingField = { key: keyof ForumSettingsValues; label: string; hint: string; options?: { value: number; label: string }[] };

const FIELDS: SettingField[] = [
  { key: "editWindowMinutes", label: "Thời gian được sửa bài (phút)", hint: "Thành viên sửa bài của mình trong khoảng này; điều hành viên sửa bất cứ lúc nào." },
  { key: "replyIntervalSeconds", label: "Khoảng cách giữa hai trả lời (giây)", hint: "Với mỗi thành viên. Tạo chủ đề mới cũng phải chờ khoảng này sau bài gần nhất (trả lời hay chủ đề)." },
  { key: "newMemberReplyIntervalSeconds", label: "Khoảng cách cho thành viên mới (giây)", hint: "Áp dụng cho thành viên mới đăng ký." },
  { key: "newMemberHours", label: "Thời gian là thành viên mới (giờ)", hint: "" },
  { key: "maxReplyLength", label: "Độ dài tối đa một trả lời (ký tự)", hint: "Cũng là giới hạn nội dung mở đầu của chủ đề mới." },
  { key: "duplicateWindowMinutes", label: "Chặn nội dung trùng lặp trong (phút)", hint: "" },
  { key: "autoHideReportCount", label: "Tự động ẩn sau số báo cáo", hint: "Số thành viên khác nhau báo cáo một bài." },
  { key: "linkFreePosts", label: "Số bài đầu tiên không được chứa liên kết", hint: "Thành viên chưa có đủ N bài (trả lời hay chủ đề) không được đăng liên kết ra ngoài. 0: tắt." },
  { key: "postChallengeHours", label: "Thử thách chống spam khi đăng bài trong (giờ) đầu", hint: "Thành viên mới đăng ký chưa đủ số giờ này phải qua thử thách (tự giải khi có JavaScript, đợi vài giây khi không có). 0: tắt." },
  { key: "holdRegistrationsAfter", label: "Giữ tài khoản chờ duyệt sau số lần đăng ký từ một mạng", hint: "Từ lần đăng ký thứ N+1 trong khoảng giờ bên dưới, tài khoản mới chờ duyệt ở Hàng chờ duyệt. 0: tắt." },
  { key: "holdRegistrationsHours", label: "…trong khoảng (giờ)", hint: "" },
  { key: "conversationMinHours", label: "Hội thoại: thành viên mới bắt đầu được sau (giờ)", hint: "Chưa đủ số giờ này từ khi đăng ký thì chưa bắt đầu hay mời vào hội thoại được (chống spam). 0: tắt." },
  { key: "conversationMinPosts", label: "Hội thoại: cần ít nhất số bài viết", hint: "Số bài viết hiển thị cần có trước khi bắt đầu hội thoại. 0: tắt." },
  { key: "conversationRecipientsPerHour", label: "Hội thoại: số người nhận mới tối đa mỗi giờ", hint: "Số thành viên khác nhau một người được mời vào hội thoại trong một giờ." },
  { key: "approveFirstReplies", label: "Duyệt trước N trả lời đầu tiên của thành viên mới", hint: "0: không cần duyệt. Tính cả chủ đề mới: khi thành viên chưa đủ N bài được duyệt, chủ đề họ tạo cũng chờ duyệt." },
  // Pictures (lib/uploads).
  { key: "maxImagesPerPost", label: "Số ảnh tối đa mỗi bài", hint: "0: không cho đính kèm ảnh." },
  { key: "maxImageMegabytes", label: "Dung lượng tối đa mỗi ảnh (MB)", hint: "Tối đa 50 MB." },
  { key: "dailyImageQuota", label: "Số ảnh mỗi thành viên được tải lên trong 24 giờ", hint: "Không áp dụng cho ban điều hành. 0: không giới hạn." },
  { key: "imageFreePosts", label: "Số bài đầu tiên không được đính kèm ảnh", hint: "Thành viên chưa có đủ N bài không được đính kèm ảnh (chống spam). 0: tắt." },
  {
    key: "requireStaffTwoFactor",
    label: "Bắt buộc xác thực hai bước cho ban điều hành",
    hint: "Điều hành viên và quản trị viên chưa bật xác thực hai bước sẽ được chuyển đến trang Bảo mật và không dùng được công cụ điều hành cho đến khi bật.",
    options: [
      { value: 0, label: "Không bắt buộc" },
      { value: 1, label: "Bắt buộc" },
    ],
  },
];

export default async function SettingsPage() {
  if (!canManageSettings(await getViewer())) notFound();
  const [settings, siteSettings] = await Promise.all([getSettings(), getSiteSettings()]);
  return (
    <>
      <h1 className="page-title">Cài đặt diễn đàn</h1>
      <SiteSettingsForm settings={siteSettings} />
      <h2 className="settings-section__title settings-section">Giới hạn và ngưỡng</h2>
      <ActionForm action={updateSettingsAction} className="form" label="Cài đặt">
        {FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`setting-${f.key}`}>{f.label}</label>
            {f.options ? (
              <FormSelect id={`setting-${f.key}`} name={f.key} defaultValue={String(settings[f.key])}>
                {f.options.map((o) => (
                  <option key={o.value} value={String(o.value)}>
                    {o.label}
                  </option>
                ))}
              </FormSelect>
            ) : (
              <FormInput id={`setting-${f.key}`} name={f.key} type="number" min={0} step={1} defaultValue={String(settings[f.key])} required />
            )}
            {f.hint ? <span className="field__hint">{f.hint}</span> : null}
            <FieldError name={f.key} />
          </div>
        ))}
        <div className="composer__actions">
          <button type="submit" className="button button--primary">Lưu cài đặt</button>
        </div>
      </ActionForm>
      <ReactionKindsForm kindsOff={siteSettings.reactionKindsOff} />
    </>
  );
}
