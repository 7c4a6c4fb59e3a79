// Administrators publish an article by pasting a page scraped from the source
// forum: the same rules as `npm run import:article` (re-publishing the same
// source updates its thread). "Xem thử" shows what would be published.
import { notFound } from "next/navigation";
import { ActionForm, FieldError, FormTextarea } from "@/components/forms/action-form";
import { ArticlePreview } from "@/components/moderation/article-preview";
import { ArticleImagesField } from "@/components/moderation/article-images-field";
import { getSettings } from "@/lib/settings";
import { publishArticleAction } from "@/actions/moderation";
import { listCategories } from "@/lib/forum/list-threads";
import { ArticleFormEnd } from "@/components/moderation/article-form-end";
import { canPublishArticle } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";

export const metadata = { title: "Đăng bài viết" };

export default async function PublishArticlePage() {
  if (!canPublishArticle(await getViewer())) notFound();
  const [categories, settings] = await Promise.all([listCategories(), getSettings()]);
  return (
    <>
      <h1 className="page-title">Đăng bài viết</h1>
      <p className="page-description">
        Dán nội dung trang đã sao chép (tiêu đề ở dòng đầu, khối tác giả, dòng “Phản hồi: N”, chức danh, đoạn dẫn, thân bài). Đăng lại
        cùng nguồn sẽ cập nhật chủ đề cũ thay vì tạo bản trùng.
      </p>
      <p>
        <a href="/mod/articles/fields">Nhập từng trường (tiêu đề, tác giả, đoạn dẫn, thân bài, nguồn)</a>
      </p>
      <ActionForm action={publishArticleAction} className="form" label="Đăng bài viết">
        <ArticlePreview />
        <div className="field">
          <label htmlFor="article-text">Nội dung trang</label>
          <FormTextarea id="article-text" name="text" rows={16} required />
          <FieldError name="text" />
        </div>
        <ArticleImagesField form="pasted" maxMegabytes={settings.maxImageMegabytes} />
        <ArticleFormEnd categories={categories} />
      </ActionForm>
    </>
  );
}
