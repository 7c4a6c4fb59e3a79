// The categories a fresh forum starts with. Administrators manage them later.
export const SEED_ARTICLE_CATEGORY = "tin-cong-nghe";

// The news category takes its threads from staff (the articles they publish);
// members discuss them by replying, and start their own threads elsewhere.
export const DEFAULT_CATEGORIES = [
  {
    slug: "tin-cong-nghe",
    name: "Tin công nghệ",
    description: "Tin tức và bài viết về công nghệ, kèm thảo luận của thành viên.",
    staffThreadsOnly: true,
  },
  { slug: "thao-luan-chung", name: "Thảo luận chung", description: "Chủ đề tự do của thành viên.", staffThreadsOnly: false },
] as const;
