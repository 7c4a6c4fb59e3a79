// Worker thread behind tests/e2e/helpers/e2e-db.ts on PostgreSQL: holds one pg
// client and answers one query at a time. The caller blocks on `signal`
// (Atomics.wait) until the answer is on its port, which keeps the journeys'
// database helpers synchronous, as better-sqlite3 is.
// Plain CommonJS: a worker thread does not go through Playwright's TypeScript loader.
const { workerData } = require("node:worker_threads");
const pg = require("pg");

const { url, port, signal } = workerData;
const flag = new Int32Array(signal);

// Results shaped as better-sqlite3 returns them, so specs compare the same
// values on both engines: counts (int8) as numbers, booleans as 1/0,
// timestamps as the ISO strings Prisma writes on SQLite.
const types = {
  getTypeParser(oid, format) {
    if (oid === 20) return (v) => Number(v);
    if (oid === 16) return (v) => (v === "t" ? 1 : 0);
    if (oid === 1114) return (v) => new Date(`${v.replace(" ", "T")}Z`).toISOString().replace("Z", "+00:00");
    return pg.types.getTypeParser(oid, format);
  },
};

const client = new pg.Client({ connectionString: url, types });
const connected = client.connect();
connected.catch(() => {});

function answer(message) {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

port.on("message", async ({ sql, params }) => {
  try {
    await connected;
    const result = await client.query(sql, params);
    answer({ rows: result.rows, rowCount: result.rowCount ?? 0 });
  } catch (error) {
    answer({ error: { message: error.message, code: error.code, detail: error.detail } });
  }
});
