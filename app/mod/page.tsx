import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";

export default function ModHome() {
  redirect(localized("/mod/reports"));
}
