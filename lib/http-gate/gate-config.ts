// The gate's settings, from the same environment variables as the rest of
// the forum (docs/configuration.md): TRUST_PROXY, SITE_URL, AUTH_URL and the
// OAuth providers switched on.
import { enabledOAuthProviders } from "@/lib/auth-providers";
import type { GateConfig } from "./gate";

function originOf(url: string | undefined): string | null {
  if (!url?.trim()) return null;
  try {
    return new URL(url.trim()).origin;
  } catch {
    return null;
  }
}

/** The largest post form with pictures, in MB (UPLOAD_MAX_REQUEST_MB; default: 10 pictures of 10 MB and the text). */
export function uploadRequestLimitMb(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.UPLOAD_MAX_REQUEST_MB);
  return Number.isFinite(mb) && mb >= 1 ? Math.floor(mb) : 105;
}

export function gateConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GateConfig {
  const siteOrigins = [env.SITE_URL, env.AUTH_URL].map(originOf).filter((o): o is string => o !== null);
  // Without JavaScript our "Đăng nhập bằng Google" form is answered with a
  // redirect to the provider, and browsers hold such redirects to form-action.
  const providers = enabledOAuthProviders(env);
  const formActionOrigins = [
    providers.includes("google") ? originOf(env.AUTH_GOOGLE_ISSUER) ?? "https://accounts.google.com" : null,
    providers.includes("github") ? "https://github.com" : null,
  ].filter((o): o is string => o !== null);
  return {
    trustProxy: env.TRUST_PROXY === "1",
    siteOrigins,
    https: siteOrigins.some((o) => o.startsWith("https:")),
    formActionOrigins,
    exposeCacheStatus: env.EXPOSE_CACHE_STATUS === "1",
    maxUploadBodyBytes: uploadRequestLimitMb(env) * 1024 * 1024,
  };
}
