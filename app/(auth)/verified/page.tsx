// Where a verification link lands: what happened, in words.
import type { Metadata } from "next";
import Link from "next/link";
import { TOKEN_PROBLEM_MESSAGES } from "@/lib/accounts/tokens";
import { EMAIL_TAKEN } from "@/lib/accounts/create-member";
import { getViewer } from "@/lib/next/session";
import { returnPathAfterRegistering } from "@/lib/accounts/register-member";

export const metadata: Metadata = { title: "Xác minh email", robots: { index: false } };

const HELD_AFTER_VERIFYING =
  "Đã xác minh email. Tài khoản của bạn đang chờ ban điều hành duyệt; bạn đăng nhập được khi tài khoản được duyệt.";

const OUTCOMES: Record<string, { ok: boolean; text: string }> = {
  verified: { ok: true, text: "Đã xác minh email. Bạn có thể tham gia thảo luận." },
  changed: { ok: true, text: "Đã đổi email của tài khoản sang địa chỉ mới." },
  invalid: { ok: false, text: TOKEN_PROBLEM_MESSAGES.invalid },
  expired: { ok: false, text: TOKEN_PROBLEM_MESSAGES.expired },
  used: { ok: false, text: TOKEN_PROBLEM_MESSAGES.used },
  taken: { ok: false, text: EMAIL_TAKEN },
  // Registration needs approval (or the spam rule held the account): verified, not logged in.
  held: { ok: true, text: HELD_AFTER_VERIFYING },
};

export default async function VerifiedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const status = params.status;
  // Back to the thread the member registered from (same-site paths only).
  const back = returnPathAfterRegistering(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  const outcome = OUTCOMES[typeof status === "string" ? status : "invalid"] ?? OUTCOMES.invalid;
  const viewer = await getViewer();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Xác minh email</h1>
      <p className={outcome.ok ? "notice notice--success" : "notice notice--error"} role={outcome.ok ? "status" : "alert"}>
        {outcome.text}
      </p>
      {outcome.ok && back && status !== "held" ? (
        <p>
          <Link href={viewer ? back : `/login?callbackUrl=${encodeURIComponent(back)}`} className="button button--primary" data-testid="verified-back">
            {viewer ? "Quay lại chủ đề bạn đang đọc" : "Đăng nhập và quay lại chủ đề bạn đang đọc"}
          </Link>
        </p>
      ) : null}
      <p>{viewer || status === "held" ? <Link href="/">Về diễn đàn</Link> : <Link href="/login">Đăng nhập</Link>}</p>
    </main>
  );
}
