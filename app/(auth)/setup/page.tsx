// /setup?token=…: creates the first administrator from the one-time link the
// server printed at start. Without a valid link, or once an administrator
// exists, the page does not exist (404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { setupAvailable } from "@/lib/accounts/setup-admin";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Thiết lập quản trị viên", robots: { index: false }, referrer: "no-referrer" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  if (!(await setupAvailable(db, token))) notFound();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Thiết lập quản trị viên đầu tiên</h1>
      <p>Diễn đàn chưa có quản trị viên. Tài khoản tạo ở đây có toàn quyền quản trị; liên kết này chỉ dùng được một lần.</p>
      <SetupForm token={token} />
    </main>
  );
}
