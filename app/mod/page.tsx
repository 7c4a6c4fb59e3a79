import { redirect } from "next/navigation";

export default function ModHome() {
  redirect("/mod/reports");
}
