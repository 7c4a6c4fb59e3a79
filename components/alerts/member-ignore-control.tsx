// The "Bỏ qua" button on a member's profile, for a logged-in viewer looking
// at someone they may ignore (not themselves, not staff).
import { IgnoreForm } from "@/components/alerts/ignore-form";
import { viewerIgnores } from "@/lib/members/ignore-member";
import { canIgnoreMember, type Role } from "@/lib/permissions";
import { getViewer } from "@/lib/next/session";

export async function MemberIgnoreControl({ member }: { member: { id: number; role: string; displayName: string } }) {
  const viewer = await getViewer();
  const ignoring = await viewerIgnores(viewer, member.id);
  // Shown also to take back an ignore of someone who has since become staff.
  if (!ignoring && !canIgnoreMember(viewer, { id: member.id, role: member.role as Role })) return null;
  return <IgnoreForm memberId={member.id} name={member.displayName} ignoring={ignoring} />;
}
