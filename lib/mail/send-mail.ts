// Sends the forum's email. With SMTP_URL (e.g. smtp://user:pass@mail.example:587)
// messages go through that server; without it they are written as .eml files
// to the outbox folder (MAIL_OUTBOX_DIR, default data/outbox/) and the server
// log says where, so a fresh clone can still follow a verification link.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe…), for the queued alert mail (lib/mail/queue.ts). */
  headers?: Record<string, string>;
  /** A Message-ID fixed by the sender: the queue derives it from the message's idempotency key. */
  messageId?: string;
};

export const DEFAULT_MAIL_FROM = "Bàn Luận <no-reply@banluan.local>";

export function outboxDir(): string {
  const configured = process.env.MAIL_OUTBOX_DIR?.trim();
  // The ignore comment keeps the bundler from tracing the whole project for this run-time path.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(process.cwd(), "data", "outbox");
}

let smtp: { url: string; transport: Transporter } | null = null;

function smtpTransport(url: string): Transporter {
  if (!smtp || smtp.url !== url) smtp = { url, transport: nodemailer.createTransport(url) };
  return smtp.transport;
}

export async function sendMail(message: MailMessage): Promise<void> {
  const from = process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
  const url = process.env.SMTP_URL?.trim();
  if (url) {
    await smtpTransport(url).sendMail({ from, ...message });
    return;
  }
  const file = await writeToOutbox({ from, ...message });
  console.log(`[mail] SMTP_URL chưa được đặt: thư "${message.subject}" gửi ${message.to} đã được ghi vào ${file}`);
}

async function writeToOutbox(message: MailMessage & { from: string }): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info = await transport.sendMail(message);
  const dir = outboxDir();
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(dir, `${stamp}-${crypto.randomBytes(4).toString("hex")}.eml`);
  fs.writeFileSync(file, info.message as Buffer);
  return file;
}
