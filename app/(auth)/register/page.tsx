// /register: display name, username, email, password. Works without JavaScript
// (the anti-spam challenge then waits a few seconds instead: lib/spam/form-challenge.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/next/session";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Đăng ký", robots: { index: false } };

export default async function RegisterPage() {
  if (await getViewer()) redirect("/account");
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Đăng ký</h1>
      <RegisterForm challenge={await issueFormChallenge("register")} />
      <p className="auth-page__switch">
        Đã có tài khoản? <Link href="/login">Đăng nhập</Link>
      </p>
    </main>
  );
}
