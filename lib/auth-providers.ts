// Which OAuth providers are switched on: a provider appears only when both its
// client id and secret are set (AUTH_GOOGLE_ID/AUTH_GOOGLE_SECRET,
// AUTH_GITHUB_ID/AUTH_GITHUB_SECRET). Read by the next-auth config and by the
// login page, so a button is never shown for a provider that cannot work.
export type OAuthProviderId = "google" | "github";

export const OAUTH_PROVIDER_NAMES: Record<OAuthProviderId, string> = { google: "Google", github: "GitHub" };

export function enabledOAuthProviders(env: NodeJS.ProcessEnv = process.env): OAuthProviderId[] {
  const enabled: OAuthProviderId[] = [];
  if (env.AUTH_GOOGLE_ID?.trim() && env.AUTH_GOOGLE_SECRET?.trim()) enabled.push("google");
  if (env.AUTH_GITHUB_ID?.trim() && env.AUTH_GITHUB_SECRET?.trim()) enabled.push("github");
  return enabled;
}
