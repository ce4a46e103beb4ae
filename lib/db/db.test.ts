/**
 * Runs the same checks against embedded PGlite (always) and a real Postgres (when
 * TEST_DATABASE_URL is set), because production may use either.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "./client";
import { accounts, auditEvents, memberships, users } from "./schema";
import { seedDemo } from "./seed-demo";
import { clearThrottle, readThrottle, registerFailure } from "@/lib/auth/throttle-store";

const targets = [
  { name: "PGlite (memory://)", config: { pgliteDir: "memory://" }, skip: false as const },
  {
    name: "Postgres (TEST_DATABASE_URL)",
    config: { databaseUrl: process.env.TEST_DATABASE_URL, pgliteDir: "unused" },
    skip: process.env.TEST_DATABASE_URL
      ? (false as const)
      : "TEST_DATABASE_URL is not set: skipping the Postgres run (set it to a postgres:// URL).",
  },
];

for (const target of targets) {
  describe(target.name, { skip: target.skip }, () => {
    let handle: DatabaseHandle;
    // Unique per run so a shared Postgres can be reused without cleanup.
    const tag = randomUUID().slice(0, 8);

    before(async () => {
      handle = await openDatabase(target.config);
    });
    after(async () => {
      await handle?.close();
    });

    test("migrations create every table", async () => {
      const result = await handle.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public'`,
      );
      const names = (result as unknown as { rows: { table_name: string }[] }).rows.map(
        (r) => r.table_name,
      );
      for (const table of ["users", "accounts", "memberships", "audit_events", "login_throttle"]) {
        assert.ok(names.includes(table), `missing table ${table}`);
      }
    });

    test("a user and a membership round-trip", async () => {
      const db = handle.db;
      const [user] = await db
        .insert(users)
        .values({ email: `u-${tag}@example.test`, name: "Test User" })
        .returning();
      const sid = `AC${tag.padEnd(32, "0")}`;
      const [account] = await db
        .insert(accounts)
        .values({ name: "Test Co", twilioSubaccountSid: sid })
        .returning();
      assert.ok(user && account);
      assert.equal(user.role, "customer");
      assert.equal(user.passwordHash, null);
      await db.insert(memberships).values({ userId: user.id, accountId: account.id });
      const rows = await db
        .select({ name: accounts.name })
        .from(memberships)
        .innerJoin(accounts, eq(accounts.id, memberships.accountId))
        .where(eq(memberships.userId, user.id));
      assert.deepEqual(rows, [{ name: "Test Co" }]);
    });

    test("an upper-case email is refused by the database", async () => {
      await assert.rejects(
        handle.db.insert(users).values({ email: `Upper-${tag}@Example.test`, name: "X" }),
      );
    });

    test("an audit event is stored with its details", async () => {
      const actor = randomUUID();
      await handle.db.insert(auditEvents).values({
        actorUserId: actor,
        action: "auth.sign_in",
        ip: "127.0.0.1",
        userAgent: "node:test",
        details: { method: "credentials" },
      });
      const [row] = await handle.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.actorUserId, actor));
      assert.equal(row?.action, "auth.sign_in");
      assert.deepEqual(row?.details, { method: "credentials" });
      assert.ok(row?.occurredAt instanceof Date);
      assert.equal(row?.impersonationId, null);
    });

    test("the throttle row is upserted, counted and cleared", async () => {
      const key = `t-${tag}@example.test`;
      const now = new Date();
      assert.equal(await readThrottle(handle.db, key), null);
      await registerFailure(handle.db, key, now);
      await Promise.all([
        registerFailure(handle.db, key, now),
        registerFailure(handle.db, key, now),
      ]);
      assert.equal((await readThrottle(handle.db, key))?.failures, 3);
      await registerFailure(handle.db, key, now);
      const locked = await registerFailure(handle.db, key, now);
      assert.equal(locked.failures, 5);
      assert.ok(locked.lockedUntil && locked.lockedUntil > now);
      await clearThrottle(handle.db, key);
      assert.equal(await readThrottle(handle.db, key), null);
    });

    test("the demo seed is idempotent", async () => {
      await seedDemo(handle.db);
      await seedDemo(handle.db);
      const [multi] = await handle.db
        .select()
        .from(users)
        .where(eq(users.email, "multi@demo.test"));
      assert.ok(multi?.passwordHash?.startsWith("$argon2id$"));
      if (!multi) return;
      const links = await handle.db
        .select()
        .from(memberships)
        .where(eq(memberships.userId, multi.id));
      assert.equal(links.length, 2);
    });
  });
}
