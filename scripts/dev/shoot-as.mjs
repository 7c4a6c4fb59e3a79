// Dev helper: node scripts/dev/shoot-as.mjs USER|guest URL OUT.png [width] [--no-js]
import { chromium } from "@playwright/test";
const [user, url, out, width = "1280", ...flags] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: flags.includes("--dark") ? "dark" : "light" });
const page = await context.newPage();
if (user !== "guest") {
  await page.goto(new URL("/login", url).href);
  await page.getByLabel("Email hoặc tên đăng nhập").fill(user);
  await page.getByLabel("Mật khẩu").fill(process.env.PW ?? "Rung-thong-xanh-2025");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForLoadState("networkidle");
}
await page.goto(url);
await page.screenshot({ path: out, fullPage: flags.includes("--full") });
await browser.close();
