import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Quên mật khẩu", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Quên mật khẩu</h1>
      <p>Nhập email của tài khoản, chúng tôi sẽ gửi liên kết để đặt mật khẩu mới.</p>
      <ForgotPasswordForm />
      <p className="auth-page__switch">
        <Link href="/login">Quay lại đăng nhập</Link>
      </p>
    </main>
  );
}
