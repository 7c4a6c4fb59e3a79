// A secret from the environment, or else one generated once and kept in
// data/ (mode 600) so it survives restarts of a local install.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./run";

export function envOrLocalSecret(variable: string, fileName: string, encoding: "base64" | "base64url"): string {
  const fromEnv = process.env[variable];
  if (fromEnv) return fromEnv;
  const file = path.join(ROOT, "data", fileName);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString(encoding);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
