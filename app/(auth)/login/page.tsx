// /login: email or username and password; Google/GitHub when configured.
// ?callbackUrl= brings the member back where they were (same-site paths only).
import type { Metadata } from "next";
import "@/app/account/security/security.css";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAUTH_PROVIDER_NAMES, enabledOAuthProviders } from "@/lib/auth-providers";
import { getViewer } from "@/lib/next/session";
import { safeReturnPath } from "@/lib/urls";
import { logInWithProvider } from "@/actions/accounts";
import { LoginForm } from "./login-form";
import { PasskeyLoginButton } from "./passkey-button";

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

const ERRORS: Record<string, string> = {
  "email-in-use":
    "Email của tài khoản này đã được dùng ở Bàn Luận. Hãy đăng nhập bằng mật khẩu; chỉ email đã được xác minh ở cả hai bên mới tự liên kết.",
  "no-identity": "Nhà cung cấp đăng nhập không gửi đủ thông tin tài khoản.",
  deleted: "Tài khoản này đã bị xóa theo yêu cầu của chủ tài khoản.",
  // Google/GitHub sign-ups and the registration setting (lib/accounts/oauth-sign-in.ts).
  "registration-closed":
    "Diễn đàn đang tạm ngừng nhận thành viên mới, nên không tạo được tài khoản mới bằng tài khoản bên ngoài này. Nếu bạn đã có tài khoản, hãy đăng nhập bằng mật khẩu.",
  held: "Tài khoản của bạn đang chờ ban điều hành duyệt. Bạn sẽ đăng nhập được khi tài khoản được duyệt.",
  AccessDenied: "Đăng nhập bị từ chối.",
  OAuthCallbackError: "Đăng nhập qua nhà cung cấp bên ngoài không thành công. Vui lòng thử lại.",
  OAuthSignInError: "Không bắt đầu được đăng nhập qua nhà cung cấp bên ngoài. Vui lòng thử lại.",
  Configuration: "Máy chủ đăng nhập đang gặp sự cố cấu hình. Vui lòng thử lại sau.",
};

const NOTICES: Record<string, string> = {
  registered: "Đăng ký thành công! Chúng tôi đã gửi liên kết xác minh đến email của bạn. Bạn có thể đăng nhập ngay; hãy xác minh email để đăng bài.",
  "registered-nomail":
    "Đăng ký thành công, nhưng chưa gửi được email xác minh. Hãy đăng nhập rồi bấm “Gửi lại email xác minh”.",
  reset: "Đã đặt mật khẩu mới và đăng xuất tài khoản khỏi mọi thiết bị. Hãy đăng nhập bằng mật khẩu mới.",
  everywhere: "Đã đăng xuất khỏi mọi thiết bị.",
  held: "Đăng ký thành công, nhưng tài khoản đang chờ ban điều hành duyệt vì mạng bạn dùng vừa đăng ký nhiều tài khoản. Hãy xác minh email; bạn đăng nhập được khi tài khoản được duyệt.",
  "deletion-requested":
    "Đã nhận yêu cầu xóa tài khoản và đăng xuất bạn khỏi mọi thiết bị. Tài khoản sẽ bị xóa sau thời gian chờ; đăng nhập lại trước thời hạn đó sẽ hủy yêu cầu.",
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl), "/");
  if (await getViewer()) redirect(callbackUrl.startsWith("/login") ? "/" : callbackUrl);

  const error = first(params.error);
  const notice = NOTICES[first(params.notice) ?? ""];
  const providers = enabledOAuthProviders();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Đăng nhập</h1>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {ERRORS[error] ?? "Đăng nhập không thành công. Vui lòng thử lại."}
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
      <section className="oauth" aria-labelledby="oauth-title">
        <h2 id="oauth-title" className="oauth__title">
          Hoặc đăng nhập bằng
        </h2>
        <PasskeyLoginButton callbackUrl={callbackUrl} label="Đăng nhập bằng passkey" />
        {providers.map((id) => (
          <form key={id} action={logInWithProvider}>
            <input type="hidden" name="provider" value={id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button type="submit" className="button oauth__button">
              Đăng nhập bằng {OAUTH_PROVIDER_NAMES[id]}
            </button>
          </form>
        ))}
      </section>
      <p className="auth-page__switch">
        Chưa có tài khoản?{" "}
        <Link href={callbackUrl !== "/" ? `/register?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/register"}>Đăng ký</Link>
      </p>
    </main>
  );
}
