// Which database a Playwright run uses, derived from the environment alone so
// that playwright.config.ts (evaluated again in every worker), the e2e server
// and the test helpers all agree:
//   SQLite (default)   file:./data/e2e-<port>/forum.db
//   PostgreSQL         database e2e_<port> on the server of E2E_PG_URL, chosen
//                      by E2E_ENGINE=postgresql or by E2E_PG_URL itself
// No imports from the app: the Playwright config loads this file.

export type E2eEngine = "sqlite" | "postgresql";

export function e2eEngine(env: NodeJS.ProcessEnv = process.env): E2eEngine {
  const engine = env.E2E_ENGINE?.trim().toLowerCase();
  if (engine === "postgresql" || engine === "postgres" || engine === "pg") return "postgresql";
  if (engine && engine !== "sqlite") throw new Error(`E2E_ENGINE="${env.E2E_ENGINE}": use sqlite or postgresql`);
  return env.E2E_PG_URL?.trim() && !engine ? "postgresql" : "sqlite";
}

/** The URL with another database name (same server, user and options). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The run's DATABASE_URL; on PostgreSQL, E2E_PG_URL names the server (its database part is ignored). */
export function e2eDatabaseUrl(port: string | number, env: NodeJS.ProcessEnv = process.env): string {
  if (e2eEngine(env) === "sqlite") return `file:./data/e2e-${port}/forum.db`;
  const server = env.E2E_PG_URL?.trim();
  if (!server) throw new Error("E2E_PG_URL is not set (playwright.config.ts starts a local cluster when it is missing)");
  return withDatabase(server, `e2e_${port}`);
}
