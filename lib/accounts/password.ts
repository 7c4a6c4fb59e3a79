// Password hashing: argon2id (the @node-rs/argon2 default) with OWASP's
// recommended minimum cost — 19 MiB of memory, 2 passes, 1 lane — about 20 ms
// per hash on this hardware. Hashes carry their parameters, so raising the
// cost later keeps old hashes verifiable.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

// Checked when the account does not exist or has no password, so a wrong
// username costs as much time as a wrong password and timing reveals nothing.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  const candidate = password.normalize("NFC");
  if (!passwordHash) {
    dummyHash ??= hash("not-a-real-password-for-timing", OPTIONS);
    await verify(await dummyHash, candidate).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, candidate);
  } catch {
    // A malformed stored hash must not let anyone in, nor crash the login.
    return false;
  }
}
