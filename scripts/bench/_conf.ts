import fs from "node:fs";
import { formFields, logInThroughForm } from "./forms";
const origin = "http://127.0.0.1:3811";
async function main() {
  const cookies: string[] = [];
  for (let i = 1; i <= 50; i++) cookies.push(await logInThroughForm(origin, `do_tai_${String(i).padStart(3, "0")}`, "Đo-tải-băng-thông-2026"));
  const path = "/threads/do-tai-dang-tra-loi-luot-1.2003";
  const html = await (await fetch(origin + path, { headers: { cookie: cookies[0] } })).text();
  const f = formFields(html, 'id="reply-composer"'); delete f.clientToken; delete f.source;
  fs.writeFileSync("/tmp/post.conf", [path, Object.entries(f).map(([k, v]) => `${k}=${v}`).join("\t"), origin, ...cookies].join("\n") + "\n");
  fs.writeFileSync("/tmp/cookie.txt", cookies[0]);
}
main();
