/**
 * Demo data for embedded mode (TWILIO_EMULATOR_URL set): one portal account per emulator demo
 * subaccount, users covering each role, and one with neither role nor account yet. Idempotent:
 * existing rows are left untouched, so it is safe on every start and never overwrites a password
 * someone changed.
 * This is the ONLY portal module that may import the emulator's seed.
 */
import { inArray } from "drizzle-orm";
import { DEMO_SUBACCOUNTS, type DemoSubaccount } from "@portal/twilio-emulator/demo";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "./client";
import { accounts, memberships, notificationContacts, users, type UserRole } from "./schema";

export const DEMO_PASSWORD = "compliance-demo";

interface DemoUser {
  email: string;
  name: string;
  role: UserRole;
  accounts: DemoSubaccount["key"][];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "customer@demo.test", name: "Carla Customer", role: "customer", accounts: ["acme"] },
  {
    email: "multi@demo.test",
    name: "Max Multi",
    role: "customer",
    accounts: ["bistro", "harbour"],
  },
  { email: "nordic@demo.test", name: "Nina Nordic", role: "customer", accounts: ["nordic"] },
  { email: "support@demo.test", name: "Sam Support", role: "support", accounts: [] },
  { email: "admin@demo.test", name: "Ada Admin", role: "admin", accounts: [] },
  // A new colleague who has signed in but has no role yet (as an OIDC sign-in leaves a new
  // person): the one an admin can grant the support role to in the demo (/support/staff).
  { email: "trainee@demo.test", name: "Tess Trainee", role: "customer", accounts: [] },
];

export async function seedDemo(db: Database): Promise<void> {
  await db
    .insert(accounts)
    .values(DEMO_SUBACCOUNTS.map((a) => ({ name: a.friendlyName, twilioSubaccountSid: a.sid })))
    .onConflictDoNothing({ target: accounts.twilioSubaccountSid });

  const accountRows = await db
    .select({ id: accounts.id, sid: accounts.twilioSubaccountSid })
    .from(accounts)
    .where(
      inArray(
        accounts.twilioSubaccountSid,
        DEMO_SUBACCOUNTS.map((a) => a.sid),
      ),
    );
  const accountIdByKey = new Map(
    DEMO_SUBACCOUNTS.map((a) => [a.key, accountRows.find((r) => r.sid === a.sid)?.id]),
  );

  // Hash only for users that do not exist yet: argon2 is deliberately slow.
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_USERS.map((u) => u.email),
      ),
    );
  const missing = DEMO_USERS.filter((u) => !existing.some((e) => e.email === u.email));
  if (missing.length > 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db
      .insert(users)
      .values(missing.map((u) => ({ email: u.email, name: u.name, role: u.role, passwordHash })))
      .onConflictDoNothing({ target: users.email });
  }

  const userRows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_USERS.map((u) => u.email),
      ),
    );
  const links = DEMO_USERS.flatMap((u) => {
    const userId = userRows.find((r) => r.email === u.email)?.id;
    return u.accounts.flatMap((key) => {
      const accountId = accountIdByKey.get(key);
      return userId && accountId ? [{ userId, accountId }] : [];
    });
  });
  if (links.length > 0) {
    await db.insert(memberships).values(links).onConflictDoNothing();
  }

  // Each demo customer is a confirmed notification contact of their accounts, so the demo's
  // first sweep already mails them (see /dev/mail). Kept as they are on later starts.
  const contacts = DEMO_USERS.flatMap((u) =>
    u.accounts.flatMap((key) => {
      const accountId = accountIdByKey.get(key);
      return accountId
        ? [{ accountId, email: u.email, name: u.name, source: "seed", confirmedAt: new Date() }]
        : [];
    }),
  );
  if (contacts.length > 0)
    await db.insert(notificationContacts).values(contacts).onConflictDoNothing();
}
