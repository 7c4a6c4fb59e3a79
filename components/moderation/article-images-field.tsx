// The image files of the article publish forms (/mod/articles and
// /mod/articles/fields): a plain multiple file input that goes with the form
// without JavaScript; the server matches the files to the pictures the
// article names and stores them as `import:article --images DIR` does
// (lib/article-import/form-images.ts).
import { FieldError } from "@/components/forms/action-form";

const TEXT = {
  label: "Ảnh của bài viết",
  pasted: "Chọn các tệp ảnh mà trang nhắc tên (ví dụ 1753436238703.png): mỗi ảnh hiện đúng chỗ của nó. Tệp không khớp tên nào sẽ được báo lại, không được dùng.",
  fields: "Một dòng thân bài chỉ ghi đúng tên tệp (ví dụ so-do.png) sẽ là ảnh đó, tại chỗ ấy; các ảnh còn lại nằm cuối thân bài.",
  limit: (mb: number) => `JPEG, PNG, WebP, GIF hay AVIF, tối đa ${mb} MB mỗi tệp.`,
} as const;

export function ArticleImagesField({ form, maxMegabytes }: { form: "pasted" | "fields"; maxMegabytes: number }) {
  return (
    <div className="field">
      <label htmlFor="article-images">{TEXT.label}</label>
      <input id="article-images" type="file" name="images" multiple accept="image/jpeg,image/png,image/webp,image/gif,image/avif" aria-describedby="article-images-hint" />
      <span id="article-images-hint" className="field__hint">
        {TEXT[form]} {TEXT.limit(maxMegabytes)}
      </span>
      <FieldError name="images" />
    </div>
  );
}
