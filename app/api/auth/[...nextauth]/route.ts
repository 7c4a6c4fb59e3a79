// next-auth's endpoints: OAuth redirects and callbacks, sign-out, CSRF.
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
