// The house's layering, checked by `npm run lint` (and so by `npm test`).
// Only import rules: formatting and style are not what this linter is for.
//
//   app/ (routes) ─┐
//   components/ ───┼─→ actions/ ─→ lib/next/ (the Next.js seam) ─→ lib/ (services)
//                  └────────────────────────────────────────────────↗
//
// - lib/ outside lib/next/ is plain TypeScript: no Next.js, no next-auth, no
//   React, so services run the same under tests and command-line tools.
// - lib/ never imports app/, components/ or actions/ (the arrows point down).
// - lib/forum/ never imports lib/moderation/ (moderation acts on the forum,
//   not the reverse; the moderation log is lib/mod-log/, used by both).
// - components/ do no database queries: they get data from lib/ services.
// - actions/ neither query nor parse: the service does both (lib/next/action.ts).
import tseslint from "typescript-eslint";

const UP_THE_HOUSE = [
  { group: ["@/app/*", "@/app", "**/app/*"], message: "lib/ never imports app/: routes use lib, not the reverse." },
  { group: ["@/components/*", "**/components/*"], message: "lib/ never imports components/." },
  { group: ["@/actions/*", "**/actions/*"], message: "lib/ never imports actions/: actions call services, not the reverse." },
];

const NEXT_BOUND = [
  { group: ["next", "next/*"], message: "Next.js belongs in lib/next/ (the seam); a service takes (viewer, input, ctx) and throws typed errors." },
  { group: ["next-auth", "next-auth/*"], message: "next-auth belongs in lib/next/ (lib/next/auth.ts)." },
  { group: ["react", "react/*"], message: "React belongs in components/ and app/; request-scoped caches in lib/next/." },
];

const FORUM_TO_MODERATION = { group: ["@/lib/moderation/*", "../moderation/*"], message: "lib/forum never imports lib/moderation (one-way domains: moderation → forum)." };

const SHARED_DB = { name: "@/lib/db", message: "Components do no database queries: call a service in lib/ that reads what the component shows." };

export default tseslint.config(
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "data/**", "test-results*/**", "playwright-report*/**"] },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx,mts,mjs}", "actions/**/*.ts"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: "latest", sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["lib/**/*.{ts,tsx,mts,mjs}"],
    ignores: ["lib/next/**", "lib/forum/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...UP_THE_HOUSE, ...NEXT_BOUND] }] },
  },
  {
    files: ["lib/forum/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...UP_THE_HOUSE, ...NEXT_BOUND, FORUM_TO_MODERATION] }] },
  },
  {
    files: ["lib/next/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: UP_THE_HOUSE }] },
  },
  {
    files: ["actions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Actions do no database work: the service does (lib/next/action.ts)." },
            { name: "zod", message: "Actions do not parse: the service parses its input with zod." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [SHARED_DB], patterns: [{ group: ["@/app/*"], message: "Components import actions from actions/, never from app/." }] }] },
  },
);
