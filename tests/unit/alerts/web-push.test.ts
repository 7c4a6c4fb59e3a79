// Web push, the sending side, against a local push service (node:http) that
// records each request: a browser's P-256 key pair and auth secret made here
// as a browser would, subscribed through the service; an alert then arrives
// encrypted (aes128gcm, RFC 8291), signed (VAPID, RFC 8292) with a TTL, and
// decrypts to the alert's title and link only. 410 removes the subscription;
// other failures are retried, then dropped.
import http from "node:http";
import type { AddressInfo } from "node:net";
import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { processAlertJobs } from "@/lib/alerts/jobs";
import { setThreadWatch } from "@/lib/alerts/watch";
import { preferencesOf } from "@/lib/alerts/settings";
import { subscribePush, unsubscribePush } from "@/lib/push/subscriptions";
import { vapidKeys } from "@/lib/push/vapid";
import { makeMember, makeThread, token } from "../forum/fixtures";
import type { Viewer } from "@/lib/permissions";

process.env.AUTH_SECRET ??= "alerts-unit-test-secret-0123456789";

type Recorded = { url: string; headers: http.IncomingHttpHeaders; body: Buffer };
const received: Recorded[] = [];
let answer = 201;
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(async () => {
  process.env.PUSH_ALLOW_LOCAL_ENDPOINTS = "1";
  received.length = 0;
  answer = 201;
  await db.setting.deleteMany({ where: { key: { not: "push.vapid" } } });
  await db.setting.upsert({ where: { key: "replyIntervalSeconds" }, create: { key: "replyIntervalSeconds", value: "0" }, update: { value: "0" } });
  await db.alertJob.deleteMany();
});

const deliver = async () => {
  while ((await processAlertJobs(db)) > 0) {
    /* the reply's fan-out, then the push jobs it queued */
  }
};

/** A browser's side: its P-256 key pair and 16-byte auth secret, as PushSubscription.toJSON() gives them. */
function browser(path: string) {
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = crypto.randomBytes(16);
  return {
    ecdh,
    auth,
    subscription: { endpoint: `${base}/push/${path}`, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") } },
  };
}

const hmac = (key: Buffer, data: Buffer) => crypto.createHmac("sha256", key).update(data).digest();

/** RFC 8291 + RFC 8188 decryption, as the browser does it. */
function decrypt(body: Buffer, ecdh: crypto.ECDH, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20];
  const asPublic = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
  expect(rs).toBeGreaterThanOrEqual(18);
  expect(idlen).toBe(65);
  const secret = ecdh.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), ecdh.getPublicKey(), asPublic]);
  const ikm = hmac(hmac(auth, secret), Buffer.concat([keyInfo, Buffer.from([1])]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01", "binary")).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01", "binary")).subarray(0, 12);
  const decipher = crypto.createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(2); // the last record's delimiter
  return padded.subarray(0, end).toString("utf8");
}

/** Checks the VAPID JWT's ES256 signature with the key the header names. */
function verifyVapid(authorization: string, endpoint: string) {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization);
  expect(match).not.toBeNull();
  const [, jwt, k] = match!;
  const [h, p, s] = jwt.split(".");
  const claims = JSON.parse(Buffer.from(p, "base64url").toString()) as { aud: string; exp: number; sub: string };
  expect(claims.aud).toBe(new URL(endpoint).origin);
  expect(claims.exp * 1000).toBeGreaterThan(Date.now());
  expect(claims.sub).toMatch(/^(mailto:|https:)/);
  const raw = Buffer.from(k, "base64url");
  const key = crypto.createPublicKey({ key: { kty: "EC", crv: "P-256", x: raw.subarray(1, 33).toString("base64url"), y: raw.subarray(33).toString("base64url") }, format: "jwk" });
  const ok = crypto.verify("sha256", Buffer.from(`${h}.${p}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(s, "base64url"));
  expect(ok).toBe(true);
  return k;
}

async function watcherWithPush(path: string) {
  const thread = await makeThread();
  const [author, watcher] = [await makeMember(), await makeMember()];
  await setThreadWatch(watcher, { threadId: thread.id, watch: "1" });
  const b = browser(path);
  await subscribePush(watcher, b.subscription);
  return { thread, author, watcher, b };
}
const reply = (viewer: Viewer, threadId: number, source: string) => createReply(viewer, { threadId, source, clientToken: token() });

describe("web push", () => {
  it("an alert reaches the browser encrypted, signed, with a TTL, and decrypts to its title and link only", async () => {
    const { thread, author, watcher, b } = await watcherWithPush("ok");
    expect((await preferencesOf(db, watcher.id)).push).toBe(true);
    const posted = await reply(author, thread.id, "Nội dung bí mật của bài không được gửi đi");
    expect(received).toHaveLength(0); // never from the request
    await deliver();
    expect(received).toHaveLength(1);
    const [req] = received;
    expect(req.url).toBe("/push/ok");
    expect(req.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(req.headers.ttl)).toBeGreaterThan(0);
    const k = verifyVapid(String(req.headers.authorization), b.subscription.endpoint);
    expect(k).toBe((await vapidKeys(db)).publicKey);
    const payload = JSON.parse(decrypt(req.body, b.ecdh, b.auth)) as Record<string, unknown>;
    expect(payload).toEqual({ title: "Có phản hồi mới trong «Chủ đề thử nghiệm»", link: `/posts/${posted.postId}`, lang: "vi" });
    expect(JSON.stringify(payload)).not.toContain("bí mật");

    // The next reply updates the same unread alert: no second push.
    await reply(author, thread.id, "Phản hồi thứ hai");
    await deliver();
    expect(received).toHaveLength(1);
  });

  it("410 from the push service removes the subscription; other failures are retried, then dropped", async () => {
    const { thread, author, watcher } = await watcherWithPush("gone");
    answer = 410;
    await reply(author, thread.id, "Một phản hồi");
    await deliver();
    expect(received).toHaveLength(1);
    expect(await db.pushSubscription.count({ where: { userId: watcher.id } })).toBe(0);

    const second = await watcherWithPush("down");
    answer = 500;
    await reply(second.author, second.thread.id, "Một phản hồi");
    await deliver();
    const job = await db.alertJob.findFirstOrThrow({ where: { kind: "push" }, orderBy: { id: "desc" } });
    expect(job).toMatchObject({ doneAt: null, attempts: 1 });
    expect(job.runAfter.getTime()).toBeGreaterThan(Date.now());
    // Each retry when due: after the fifth attempt the job is dropped, the subscription kept.
    for (let i = 0; i < 6; i++) await processAlertJobs(db, { now: new Date(Date.now() + (i + 1) * 3_600_000) });
    const done = await db.alertJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(done.attempts).toBe(5);
    expect(done.doneAt).not.toBeNull();
    expect(done.lastError).toMatch(/trả lời 500/);
    expect(received.filter((r) => r.url === "/push/down")).toHaveLength(5);
    expect(await db.pushSubscription.count({ where: { userId: second.watcher.id } })).toBe(1);
  });

  it("validates the subscription: https only without the test setting, keys of the right shape, a login; unsubscribing removes only one's own", async () => {
    const m = await makeMember();
    const b = browser("check");
    delete process.env.PUSH_ALLOW_LOCAL_ENDPOINTS;
    await expect(subscribePush(m, b.subscription)).rejects.toThrow(/https/);
    await expect(subscribePush(m, { ...b.subscription, endpoint: "https://127.0.0.1/x" })).rejects.toThrow(/https/);
    await expect(subscribePush(m, { endpoint: "https://push.example.com/x", keys: { p256dh: "ngắn", auth: "x" } })).rejects.toThrow(/không hợp lệ/);
    await expect(subscribePush(null, { ...b.subscription, endpoint: "https://push.example.com/a" })).rejects.toThrow(/đăng nhập/);
    await expect(subscribePush(await makeMember({ bannedAt: new Date() }), { ...b.subscription, endpoint: "https://push.example.com/b" })).rejects.toThrow(/không thể/);
    expect(await db.pushSubscription.count({ where: { userId: m.id } })).toBe(0);

    await subscribePush(m, { ...b.subscription, endpoint: "https://push.example.com/mine" });
    const other = await makeMember();
    await unsubscribePush(other, { endpoint: "https://push.example.com/mine" });
    expect(await db.pushSubscription.count({ where: { userId: m.id } })).toBe(1);
    await unsubscribePush(m, { endpoint: "https://push.example.com/mine" });
    expect(await db.pushSubscription.count({ where: { userId: m.id } })).toBe(0);
    expect((await preferencesOf(db, m.id)).push).toBe(false);
  });
});
