// Stand-ins for the outside world during the Playwright journeys, on loopback
// only: a real SMTP server that keeps every message it receives as a JSON file
// (tests read them and follow the links), and a mock OpenID Connect provider
// that plays Google.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean);
}

/** Starts the SMTP server; messages land in `dir` as <time>-<n>.json. Returns its port. */
export async function startMailCatcher(dir: string): Promise<number> {
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const record = {
            from: addresses(mail.from),
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            receivedAt: new Date().toISOString(),
            // For the alert mail's one-click unsubscribe (List-Unsubscribe, List-Unsubscribe-Post).
            headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()])),
          };
          const name = `${Date.now()}-${String(++count).padStart(5, "0")}.json`;
          // Written then renamed, so a test never reads half a message.
          fs.writeFileSync(path.join(dir, `.${name}`), JSON.stringify(record, null, 2));
          fs.renameSync(path.join(dir, `.${name}`), path.join(dir, name));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return (server.server.address() as AddressInfo).port;
}

/**
 * A mock OpenID Connect provider. Which person "signs in" is chosen by the
 * test through the standard `login_hint` parameter of the authorization
 * request: a JSON object {sub, email, email_verified, name}. The identity is
 * remembered per authorization code and written into the ID token.
 */
export async function startOidcProvider(): Promise<string> {
  const { OAuth2Server } = await import("oauth2-mock-server");
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  const identities = new Map<string, Record<string, unknown>>();
  server.service.on("beforeAuthorizeRedirect", (redirect: { url: URL }, req: { query: Record<string, unknown> }) => {
    const code = redirect.url.searchParams.get("code");
    const hint = req.query.login_hint;
    if (!code || typeof hint !== "string") return;
    try {
      identities.set(code, JSON.parse(hint) as Record<string, unknown>);
    } catch {
      // Not one of ours: the default identity ("johndoe") is used.
    }
  });
  server.service.on("beforeTokenSigning", (token: { payload: Record<string, unknown> }, req: { body?: Record<string, unknown> }) => {
    const code = typeof req.body?.code === "string" ? req.body.code : "";
    const identity = identities.get(code);
    if (identity) Object.assign(token.payload, identity);
  });
  await server.start(0, "127.0.0.1");
  return server.issuer.url!;
}
