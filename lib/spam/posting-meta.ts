// What a posting action hands its service besides the post: the poster's
// address (hashed for the post, in clear only for the challenge's log line)
// and the challenge fields, for members who must pass one.
import "server-only";
import { hashIp } from "@/lib/ip-hash";
import { requestIp } from "@/lib/session";
import { screenedFields, type ScreenedFields } from "./screen-form";

export async function postingMeta(formData: FormData): Promise<{ ipHash: string | null; ip: string; challenge: ScreenedFields }> {
  const ip = await requestIp();
  return { ipHash: hashIp(ip), ip, challenge: screenedFields(formData) };
}
