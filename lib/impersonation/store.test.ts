/**
 * The database's own guarantees for impersonation sessions (PGlite; Postgres too when
 * TEST_DATABASE_URL is set): the 60-minute cap, the reason's length, one open session per staff
 * member, and an end that only one caller gets to record.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { endSession, findOpenSession, insertSession, setSessionMode } from "./store";

const targets = [
  { name: "PGlite (memory://)", config: { pgliteDir: "memory://" }, skip: false as const },
  {
    name: "Postgres (TEST_DATABASE_URL)",
    config: { databaseUrl: process.env.TEST_DATABASE_URL, pgliteDir: "unused" },
    skip: process.env.TEST_DATABASE_URL ? (false as const) : "TEST_DATABASE_URL is not set",
  },
];

for (const target of targets) {
  describe(`impersonation sessions on ${target.name}`, { skip: target.skip }, () => {
    let handle: DatabaseHandle;
    before(async () => {
      handle = await openDatabase(target.config);
    });
    after(async () => {
      await handle?.close();
    });

    const t0 = new Date("2026-03-01T10:00:00Z");
    const session = (
      staffUserId: string,
      minutes = 30,
      reason = "Customer asked for help today.",
    ) => ({
      staffUserId,
      staffName: "Sam Support",
      staffEmail: "support@demo.test",
      accountId: randomUUID(),
      accountName: "Acme",
      reason,
      startedAt: t0,
      expiresAt: new Date(t0.getTime() + minutes * 60_000),
    });

    test("a session longer than 60 minutes is refused by the database itself", async () => {
      await assert.rejects(insertSession(handle.db, session(randomUUID(), 61)));
      assert.ok(await insertSession(handle.db, session(randomUUID(), 60)));
    });

    test("a reason shorter than 15 characters is refused by the database itself", async () => {
      await assert.rejects(insertSession(handle.db, session(randomUUID(), 30, "too short")));
    });

    test("a staff member has at most one open session; ending it frees the slot", async () => {
      const staff = randomUUID();
      const first = await insertSession(handle.db, session(staff));
      assert.ok(first);
      assert.equal(await insertSession(handle.db, session(staff)), null);
      assert.equal((await findOpenSession(handle.db, staff))?.session.id, first.id);
      await endSession(handle.db, first.id, "stopped", new Date());
      assert.equal(await findOpenSession(handle.db, staff), null);
      assert.ok(await insertSession(handle.db, session(staff)));
    });

    test("only the first of two simultaneous ends gets the row (one audit event)", async () => {
      const row = await insertSession(handle.db, session(randomUUID()));
      assert.ok(row);
      const ends = await Promise.all([
        endSession(handle.db, row.id, "expired", row.expiresAt),
        endSession(handle.db, row.id, "expired", row.expiresAt),
      ]);
      assert.equal(ends.filter(Boolean).length, 1);
      assert.equal(ends.find(Boolean)?.endReason, "expired");
      // An ended session cannot change mode any more.
      assert.equal(await setSessionMode(handle.db, row.id, "assist"), null);
    });
  });
}
