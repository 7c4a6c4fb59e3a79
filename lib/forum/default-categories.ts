// The categories a fresh forum starts with. Administrators manage them later.
export const SEED_ARTICLE_CATEGORY = "tin-cong-nghe";

export const DEFAULT_CATEGORIES = [
  { slug: "tin-cong-nghe", name: "Tin công nghệ", description: "Tin tức và bài viết về công nghệ, kèm thảo luận của thành viên." },
  { slug: "thao-luan-chung", name: "Thảo luận chung", description: "Chủ đề tự do của thành viên." },
] as const;
