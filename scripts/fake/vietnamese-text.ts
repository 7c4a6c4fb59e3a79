// Vietnamese-looking names, thread titles and replies for the data generator.
// Text is assembled from phrase lists so it carries every kind of diacritic
// and the mix of common and rare words a real forum has (the search benchmark
// relies on both). Nothing here is real people's content.
import type { Rng } from "./prng";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lâm", "Mai"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Hoàng", "Đức", "Ngọc", "Quốc", "Gia", "Thu", "Hữu", "Kim", "Xuân", "Bảo", "Anh", "Mỹ", "Thành", "Hồng"];
const GIVEN = [
  "An", "Bình", "Châu", "Cường", "Dũng", "Duy", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Huy", "Khánh",
  "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "My", "Nam", "Nga", "Ngân", "Nhung", "Phúc", "Phương", "Quân", "Quang", "Sơn",
  "Tâm", "Thảo", "Thắng", "Thủy", "Tiến", "Trang", "Trung", "Tú", "Tuấn", "Tùng", "Uyên", "Việt", "Vy", "Yến", "Đạt", "Ánh",
];
const USER_TITLES = ["Thành viên mới", "Thành viên", "Thành viên tích cực", "Thành viên kỳ cựu", "Chuyên gia", "Người đọc lâu năm"];

const TOPICS = [
  "đầu tư", "chứng khoán", "trí tuệ nhân tạo", "xe điện", "điện thoại gập", "laptop lập trình", "mạng 5G", "giá vàng",
  "bất động sản", "lãi suất ngân hàng", "tiền điện tử", "năng lượng mặt trời", "pin lithium", "chip bán dẫn", "Trung Quốc",
  "thị trường Mỹ", "camera điện thoại", "tai nghe không dây", "đồng hồ thông minh", "máy ảnh", "ổ cứng SSD", "card đồ họa",
  "dịch vụ lưu trữ đám mây", "bảo mật tài khoản", "học lập trình", "làm việc từ xa", "thương mại điện tử", "giao hàng nhanh",
  "du lịch Đà Lạt", "phở Hà Nội", "cà phê Sài Gòn", "xe máy điện", "trạm sạc", "điều hòa tiết kiệm điện", "máy lọc không khí",
];
const TITLE_PREFIX = ["Hỏi về", "Kinh nghiệm", "Thảo luận:", "Đánh giá", "So sánh", "Chia sẻ về", "Góp ý", "Tư vấn", "Có nên chọn", "Tìm hiểu"];
const TITLE_SUFFIX = ["năm nay", "cho người mới", "ở Hà Nội", "tại TP.HCM", "dưới 20 triệu", "sau một năm dùng", "có đáng không?", "thế nào?", "— ý kiến của mọi người", "trong tầm giá", "lúc này", ""];

const OPENERS = ["Theo mình thì", "Mình thấy", "Thật ra", "Nói thật là", "Cá nhân mình nghĩ", "Hồi trước", "Anh em cho hỏi,", "Chắc chắn là", "Có lẽ", "Nhìn chung", "Về lâu dài", "Ở quê mình", "Bên mình", "Công ty mình", "Đồng ý với bác,", ""];
const SUBJECTS = ["giá cả", "chất lượng", "dịch vụ hậu mãi", "người dùng", "thị trường", "chính sách", "nhà sản xuất", "đội ngũ kỹ thuật", "màn hình", "phần mềm", "bản cập nhật", "chi phí sửa chữa", "thời lượng pin", "tốc độ mạng", "hàng chính hãng", "giá thuê nhà"];
const VERBS = ["đang tăng", "vẫn còn cao", "không đáng tiền", "cần thêm thời gian", "sẽ thay đổi", "đã cải thiện nhiều", "khá ổn", "tốt hơn hẳn", "chưa thuyết phục được", "phụ thuộc vào", "ảnh hưởng nhiều đến", "đắt hơn", "rẻ hơn", "được đánh giá cao hơn", "không bằng", "đi trước"];
const OBJECTS = ["túi tiền người tiêu dùng", "trải nghiệm thực tế", "năm sau", "các hãng khác", "nhu cầu của mỗi người", "thị trường Việt Nam", "mấy năm tới", "người dùng phổ thông", "dân văn phòng", "sinh viên", "giới trẻ", "lần trước"];
const ENDINGS = [".", ".", ".", "!", "?", "…", " nhé.", " thôi.", " đấy.", " các bác ạ.", " mà."];
/** Words that appear in few replies (about one in 2 000 sentences each). */
export const RARE_PHRASES = ["khinh khí cầu", "đèn lồng Hội An", "thuyền thúng", "bánh xèo miền Tây", "vịnh Hạ Long", "ruộng bậc thang", "ngựa ô", "cồng chiêng"];
const AFTER_QUOTE = ["Chuẩn luôn.", "Không đồng ý lắm.", "Cái này thì phải xem lại.", "Chính xác!", "Mình cũng nghĩ vậy."];

export type PersonName = { displayName: string; userTitle: string };

export function personName(rng: Rng): PersonName {
  const middle = rng.chance(0.85) ? ` ${rng.pick(MIDDLE)}` : "";
  return { displayName: `${rng.pick(FAMILY)}${middle} ${rng.pick(GIVEN)}`, userTitle: rng.pick(USER_TITLES) };
}

export function threadTitle(rng: Rng): string {
  const suffix = rng.pick(TITLE_SUFFIX);
  return `${rng.pick(TITLE_PREFIX)} ${rng.pick(TOPICS)}${suffix ? ` ${suffix}` : ""}`;
}

function sentence(rng: Rng): string {
  const opener = rng.pick(OPENERS);
  const subject = rng.chance(0.5) ? `${rng.pick(SUBJECTS)} của ${rng.pick(TOPICS)}` : rng.pick(TOPICS);
  const object = rng.chance(0.15) ? rng.pick(TOPICS) : rng.pick(OBJECTS);
  const rare = rng.chance(RARE_PHRASES.length / 2000) ? ` như ${rng.pick(RARE_PHRASES)}` : "";
  const text = `${opener ? `${opener} ` : ""}${subject} ${rng.pick(VERBS)} ${object}${rare}${rng.pick(ENDINGS)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(rng: Rng): string {
  const count = rng.int(1, 4);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = sentence(rng);
    // A little Markdown emphasis, as members write it.
    if (rng.chance(0.08)) s = s.replace(/^(\S+ \S+)/, "**$1**");
    sentences.push(s);
  }
  return sentences.join(" ");
}

/** A reply's Markdown source: paragraphs, now and then a quote or a list. */
export function replyMarkdown(rng: Rng): string {
  const blocks: string[] = [];
  if (rng.chance(0.12)) {
    blocks.push(`> ${sentence(rng)}`);
    blocks.push(rng.pick(AFTER_QUOTE));
  }
  const paragraphs = rng.int(1, 3);
  for (let i = 0; i < paragraphs; i++) blocks.push(paragraph(rng));
  if (rng.chance(0.06)) {
    const items = rng.int(2, 4);
    const list: string[] = [];
    for (let i = 0; i < items; i++) list.push(`- ${rng.pick(TOPICS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`);
    blocks.push(list.join("\n"));
  }
  return blocks.join("\n\n");
}

/** A discussion thread's opening post. */
export function openingMarkdown(rng: Rng, title: string): string {
  return [`Chào mọi người, mình mở chủ đề này để hỏi: ${title.replace(/[?.!…]+$/, "")}?`, paragraph(rng), paragraph(rng)].join("\n\n");
}
