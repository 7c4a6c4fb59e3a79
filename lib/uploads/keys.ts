// Content-addressed names: the SHA-256 of the uploaded bytes names a folder of
// processed files. The same picture uploaded twice is stored once.
import { createHash } from "node:crypto";

export const contentHash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
