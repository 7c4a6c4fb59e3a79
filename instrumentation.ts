// Next.js calls register() once when a server process starts (Node.js runtime
// only: the Edge runtime has no database client).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerBackground } = await import("./lib/next/server-background");
  startServerBackground();
}
