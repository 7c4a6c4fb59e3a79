// Where a verification link lands: what happened, in words.
import type { Metadata } from "next";
import Link from "next/link";
import { TOKEN_PROBLEM_MESSAGES } from "@/lib/accounts/tokens";
import { EMAIL_TAKEN } from "@/lib/accounts/create-member";
import { getViewer } from "@/lib/next/session";

export const metadata: Metadata = { title: "Xác minh email", robots: { index: false } };

const OUTCOMES: Record<string, { ok: boolean; text: string }> = {
  verified: { ok: true, text: "Đã xác minh email. Bạn có thể tham gia thảo luận." },
  changed: { ok: true, text: "Đã đổi email của tài khoản sang địa chỉ mới." },
  invalid: { ok: false, text: TOKEN_PROBLEM_MESSAGES.invalid },
  expired: { ok: false, text: TOKEN_PROBLEM_MESSAGES.expired },
  used: { ok: false, text: TOKEN_PROBLEM_MESSAGES.used },
  taken: { ok: false, text: EMAIL_TAKEN },
};

export default async function VerifiedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const status = (await searchParams).status;
  const outcome = OUTCOMES[typeof status === "string" ? status : "invalid"] ?? OUTCOMES.invalid;
  const viewer = await getViewer();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Xác minh email</h1>
      <p className={outcome.ok ? "notice notice--success" : "notice notice--error"} role={outcome.ok ? "status" : "alert"}>
        {outcome.text}
      </p>
      <p>{viewer ? <Link href="/">Về diễn đàn</Link> : <Link href="/login">Đăng nhập</Link>}</p>
    </main>
  );
}
