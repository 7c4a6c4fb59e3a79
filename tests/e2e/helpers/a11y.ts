// Accessibility checks for the journeys (issue 17): axe-core at WCAG 2.0, 2.1
// and 2.2 levels A and AA, and a readable summary of what it finds (rule,
// element, page), so a failure says what to fix without opening a JSON dump.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type ColorScheme = "light" | "dark";

/** One line a failing element: "[rule] help — selector: html (summary)". */
export type Finding = { page: string; rule: string; impact: string; help: string; target: string; html: string; summary: string };

/** axe's findings on the page as it is now, labelled with `label` (page type, scheme, JS). */
export async function axeFindings(page: Page, label: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => ({
      page: label,
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      target: n.target.join(" "),
      html: n.html.replace(/\s+/g, " ").slice(0, 160),
      // axe's "Fix any of the following:\n  …" — the first reason is the useful one.
      summary: (n.failureSummary ?? "").split("\n").map((l) => l.trim()).filter((l) => l && !/^Fix (any|all)/.test(l)).slice(0, 2).join("; "),
    })),
  );
}

/** The failure message of a test: grouped by page, one line an element. */
export function describeFindings(findings: Finding[]): string {
  if (findings.length === 0) return "no accessibility violations";
  const byPage = new Map<string, Finding[]>();
  for (const f of findings) byPage.set(f.page, [...(byPage.get(f.page) ?? []), f]);
  const lines = [`${findings.length} accessibility violation(s) on ${byPage.size} page(s):`];
  for (const [label, list] of byPage) {
    lines.push(``, `● ${label}`);
    for (const f of list) lines.push(`  [${f.rule}, ${f.impact}] ${f.help}`, `      at ${f.target}: ${f.html}`, `      ${f.summary}`);
  }
  return lines.join("\n");
}

/** Checks the current page in both colour schemes (reloading is not needed: media emulation restyles it). */
export async function findingsInBothSchemes(page: Page, label: string): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axeFindings(page, `${label} · ${colorScheme}`)));
  }
  await page.emulateMedia({ colorScheme: "light" });
  return found;
}

/**
 * With JavaScript off, axe (a script) cannot run in the page. So the page the
 * no-JavaScript browser shows is copied, as it is, into `twin` (a page with
 * scripts on, at the same origin so the stylesheets load): its <script>s are
 * dropped, so nothing of the app runs there, and its <noscript> content, which
 * a scripting browser would not render, becomes a plain element.
 */
export async function findingsWithoutJavaScript(page: Page, twin: Page, label: string): Promise<Finding[]> {
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<noscript\b([^>]*)>/gi, "<div data-noscript=\"\"$1>")
    .replace(/<\/noscript>/gi, "</div>");
  await twin.goto(new URL("/robots.txt", page.url()).toString());
  await twin.setContent(html, { waitUntil: "load" });
  return findingsInBothSchemes(twin, label);
}
