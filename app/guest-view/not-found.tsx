// 404 for an unknown thread asked for by a guest, inside the guest layout:
// the site-wide 404 reads the session, which a cached page must not.
import { NotFoundMessage } from "@/components/not-found-message";

export default function GuestNotFound() {
  return <NotFoundMessage />;
}
