// A member's avatar: their picture when they have one, otherwise their initials
// on a colour derived from the username (stable across pages).
import { initials } from "@/lib/format";
import { AVATAR_PIXELS } from "@/components/avatar-sizes";

type Props = {
  user: { username: string; displayName: string; avatarUrl?: string | null };
  size?: "s" | "m" | "l";
};

const HUES = [12, 32, 150, 190, 210, 260, 300, 340];

// An avatar uploaded here (lib/uploads/avatar.ts) exists at 48, 96 and 192 px:
// the browser picks by its pixel density.
const OWN_AVATAR = /^(.*\/uploads\/[a-f0-9]{64}\/)a96\.webp$/;

function hueFor(username: string): number {
  let h = 0;
  for (const ch of username) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return HUES[h % HUES.length];
}

export function Avatar({ user, size = "m" }: Props) {
  if (user.avatarUrl) {
    // A plain <img>, not next/image: avatars are small, already-sized member uploads.
    const own = OWN_AVATAR.exec(user.avatarUrl);
    if (own) {
      const px = AVATAR_PIXELS[size];
      return (
        <img
          className={`avatar avatar--${size}`}
          src={user.avatarUrl}
          srcSet={`${own[1]}a48.webp 48w, ${own[1]}a96.webp 96w, ${own[1]}a192.webp 192w`}
          sizes={`${px}px`}
          width={px}
          height={px}
          alt={user.displayName}
        />
      );
    }
    return <img className={`avatar avatar--${size}`} src={user.avatarUrl} alt={user.displayName} />;
  }
  return (
    <span
      className={`avatar avatar--${size} avatar--initials`}
      style={{ ["--avatar-hue" as string]: hueFor(user.username) }}
      role="img"
      aria-label={user.displayName}
    >
      <span aria-hidden="true">{initials(user.displayName)}</span>
    </span>
  );
}
