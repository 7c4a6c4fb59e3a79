// npm install → postinstall: generates the Prisma client of each engine
// (lib/generated/prisma for SQLite, lib/generated/prisma-pg for PostgreSQL).
// prisma.config.ts picks the schema and adapter from DATABASE_URL, so each
// generation runs with a URL of its engine (nothing connects to it).
import { baseEnv, bin, runOrExit } from "../lib/run";

runOrExit(bin("prisma"), ["generate"], baseEnv({ DATABASE_URL: "file:./data/banluan.db" }));
runOrExit(bin("prisma"), ["generate"], baseEnv({ DATABASE_URL: "postgresql://generate@127.0.0.1:5432/generate" }));
