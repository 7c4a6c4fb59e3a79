// npm test: the whole suite, as CI runs it — unit tests (vitest), type check,
// one production build, then the Playwright journeys against `next start`.
// Extra arguments go to Playwright (e.g. `npm test -- tests/e2e/reading.spec.ts`).
import { baseEnv, bin, runOrExit } from "./lib/run";

const playwrightArgs = process.argv.slice(2);

console.log("▶ Unit tests (vitest)");
runOrExit(bin("vitest"), ["run"]);

console.log("▶ Type check");
runOrExit(bin("tsc"), ["--noEmit"]);

console.log("▶ Production build");
runOrExit(bin("next"), ["build"]);

console.log("▶ Journeys (Playwright, Chromium)");
runOrExit(bin("playwright"), ["test", ...playwrightArgs], baseEnv());
