"use server";
// /account actions. Each resolves the viewer from the database-checked
// session; the services check the ability (lib/permissions.ts) again.
import { expireMemberAppearances } from "@/lib/cache/expire";
import { threadsShowingMember } from "@/lib/forum/member-threads";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { signIn, signOut } from "@/lib/auth";
import { issueLoginTicket } from "@/lib/accounts/login-ticket";
import { changeDisplayName, changePassword, logOutEverywhere, requestEmailChange } from "@/lib/accounts/manage-account";
import { retryAfterMessage } from "@/lib/rate-limit";
import { getViewer, requestIp } from "@/lib/session";
import { changeDisplayNameSchema, changeEmailSchema, changePasswordSchema } from "@/lib/validation/account";
import { failed, formFields, invalid, succeeded, typedValues, type FormState } from "@/lib/validation/form-state";

async function viewerOrLogin() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login?callbackUrl=%2Faccount");
  return viewer;
}

const WRONG_PASSWORD = { currentPassword: "Mật khẩu hiện tại không đúng." };

export async function updateDisplayName(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  const values = typedValues(formData, ["displayName"]);
  const parsed = changeDisplayNameSchema.safeParse(formFields(formData, ["displayName"]));
  if (!parsed.success) return invalid(parsed.error, values);
  const changed = await changeDisplayName(db, viewer, parsed.data.displayName);
  if (!changed.ok) return failed("Vui lòng sửa các lỗi bên dưới.", values, { displayName: changed.message });
  // The name is shown beside their posts and likes, on cached pages.
  expireMemberAppearances(await threadsShowingMember(viewer.id));
  return succeeded("Đã đổi tên hiển thị.", { displayName: parsed.data.displayName });
}

export async function updatePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  const parsed = changePasswordSchema.safeParse(formFields(formData, ["currentPassword", "password", "passwordConfirm"]));
  if (!parsed.success) return invalid(parsed.error, {});
  const result = await changePassword(db, viewer, parsed.data, { ip: await requestIp() });
  if (!result.ok) {
    if (result.reason === "throttled") return failed(`Nhập sai mật khẩu quá nhiều lần. ${retryAfterMessage(result.retryAt)}`);
    if (result.reason === "no-password") return failed("Tài khoản này đăng nhập qua Google/GitHub và chưa có mật khẩu. Hãy dùng “Quên mật khẩu?” để đặt mật khẩu.");
    if (result.reason === "sanctioned") return failed("Tài khoản đang bị hạn chế.");
    return failed("Mật khẩu hiện tại không đúng.", {}, WRONG_PASSWORD);
  }
  // Every session ended with the old password, this one too: renew it at once.
  await signIn("credentials", { ticket: await issueLoginTicket(db, viewer.id), redirectTo: "/account?notice=password" });
  return succeeded("Đã đổi mật khẩu.");
}

export async function updateEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await viewerOrLogin();
  const values = typedValues(formData, ["email"]);
  const parsed = changeEmailSchema.safeParse(formFields(formData, ["email", "currentPassword"]));
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await requestEmailChange(db, viewer, parsed.data, { ip: await requestIp() });
  if (result.ok) {
    return succeeded(`Đã gửi liên kết xác nhận đến ${parsed.data.email}. Email của tài khoản sẽ đổi khi bạn bấm liên kết đó.`, values);
  }
  switch (result.reason) {
    case "throttled":
      return failed(`Bạn đã yêu cầu quá nhiều lần. ${retryAfterMessage(result.retryAt)}`, values);
    case "invalid":
      return failed("Mật khẩu hiện tại không đúng.", values, WRONG_PASSWORD);
    case "delivery":
      return failed("Chưa gửi được thư, máy chủ thư đang gặp sự cố. Vui lòng thử lại sau ít phút.", values);
    case "same":
    case "taken":
      return failed(result.message, values, { email: result.message });
    case "no-password":
      return failed(result.message, values);
    default:
      return failed("Tài khoản đang bị hạn chế.", values);
  }
}

export async function logOutAllDevices(): Promise<void> {
  const viewer = await viewerOrLogin();
  await logOutEverywhere(db, viewer);
  await signOut({ redirectTo: "/login?notice=everywhere" });
}
