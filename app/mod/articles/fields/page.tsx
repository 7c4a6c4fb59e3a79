// Administrators publish an article by typing its fields, for a text that was
// not scraped from the source forum (the pasted page is /mod/articles).
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormInput, FormTextarea } from "@/components/forms/action-form";
import { ArticlePreview } from "@/components/moderation/article-preview";
import { ArticleImagesField } from "@/components/moderation/article-images-field";
import { getSettings } from "@/lib/settings";
import { publishArticleFieldsAction } from "@/actions/moderation";
import { listCategories } from "@/lib/forum/list-threads";
import { ArticleFormEnd } from "@/components/moderation/article-form-end";
import { canPublishArticle } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";

const T = {
  title: "Đăng bài viết theo từng trường",
  description: "Nhập từng phần của bài viết. Thân bài: mỗi dòng là một đoạn; dòng bắt đầu bằng “## ” là tiêu đề mục. Đăng lại cùng liên kết nguồn (hoặc cùng tiêu đề và tác giả) sẽ cập nhật chủ đề cũ.",
  pasted: "Hoặc dán cả trang đã sao chép",
};

type Field = { name: string; label: string; hint?: string; required?: boolean; max: number; rows?: number; type?: string };

const FIELDS: Field[] = [
  { name: "title", label: "Tiêu đề", required: true, max: 200 },
  { name: "author", label: "Tác giả", required: true, max: 60, hint: "Tài khoản tác giả được tạo nếu chưa có." },
  { name: "userTitle", label: "Chức danh tác giả", max: 50 },
  { name: "lead", label: "Đoạn dẫn", max: 1000, rows: 3 },
  { name: "body", label: "Thân bài", required: true, max: 200_000, rows: 14 },
  { name: "source", label: "Nguồn", max: 100, hint: "Ví dụ: VnExpress." },
  { name: "sourceUrl", label: "Liên kết nguồn", max: 500, type: "url" },
];

export const metadata = { title: T.title };

export default async function ArticleFieldsPage() {
  if (!canPublishArticle(await getViewer())) notFound();
  const [categories, settings] = await Promise.all([listCategories(), getSettings()]);
  return (
    <>
      <h1 className="page-title">{T.title}</h1>
      <p className="page-description">
        {T.description} <a href="/mod/articles">{T.pasted}</a>.
      </p>
      <ActionForm action={publishArticleFieldsAction} className="form" label={T.title}>
        <ArticlePreview />
        {FIELDS.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`article-${f.name}`}>
              {f.label}
              {f.required ? " *" : ""}
            </label>
            {f.rows ? (
              <FormTextarea id={`article-${f.name}`} name={f.name} rows={f.rows} maxLength={f.max} required={f.required} />
            ) : (
              <FormInput id={`article-${f.name}`} name={f.name} type={f.type ?? "text"} maxLength={f.max} required={f.required} />
            )}
            {f.hint ? <span className="field__hint">{f.hint}</span> : null}
            <FieldError name={f.name} />
          </div>
        ))}
        <ArticleImagesField form="fields" maxMegabytes={settings.maxImageMegabytes} />
        <ArticleFormEnd categories={categories} />
      </ActionForm>
    </>
  );
}
