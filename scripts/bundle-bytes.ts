// npm run bundle:bytes [-- ROUTE…]: the JavaScript a page of the last
// production build makes the browser load (root chunks and the route's own,
// as the build's manifests list them), raw and gzipped (level 9). Without
// arguments: the register page and the guests' thread pages.
import path from "node:path";
import { pageScripts } from "./lib/page-scripts";
import { ROOT } from "./lib/run";

const routes = process.argv.slice(2);
const chosen = routes.length ? routes : ["(auth)/register", "guest-view/threads/[slugId]", "guest-view/threads/[slugId]/[pageSegment]"];
for (const route of chosen) {
  const { files, raw, gzip } = pageScripts(path.join(ROOT, ".next"), route);
  console.log(`${route}: ${files.length} scripts, ${raw} bytes raw, ${gzip} bytes gzip`);
}
