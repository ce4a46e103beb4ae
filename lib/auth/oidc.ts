import "server-only";
import { eq } from "drizzle-orm";
import type { Provider } from "next-auth/providers";
import { getDb } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { env } from "@/lib/env";

export const OIDC_PROVIDER_ID = "oidc";

/** The optional single sign-on provider; null unless all OIDC_* variables are set. */
export function oidcProvider(): Provider | null {
  if (!env.oidc) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: "Single sign-on",
    type: "oidc",
    issuer: env.oidc.issuer,
    clientId: env.oidc.clientId,
    clientSecret: env.oidc.clientSecret,
  };
}

export function isOidcEnabled(): boolean {
  return env.oidc !== null;
}

/**
 * Maps an OIDC identity to our user by (lower-cased) email. New people become customers with no
 * memberships: an admin links them to an account; until then they see the "no account" page.
 */
export async function findOrCreateOidcUser(email: string, name: string | null | undefined) {
  const db = await getDb();
  const normalized = email.trim().toLowerCase();
  await db
    .insert(users)
    .values({ email: normalized, name: name?.trim() || normalized, role: "customer" })
    .onConflictDoNothing({ target: users.email });
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, normalized));
  if (!user) throw new Error("OIDC user could not be created");
  return user;
}
