import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { auditEvents, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { changeSupportRole } from "@/lib/support/staff";
import { startDal, type Dal } from "./harness";

async function userRow(email: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, role: users.role, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email));
  assert.ok(row, email);
  return row;
}

async function roleChanges(userId: string) {
  const db = await getDb();
  return db
    .select({
      actor: auditEvents.actorUserId,
      account: auditEvents.accountId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, "user.role_changed"),
        sql`${auditEvents.details}->>'userId' = ${userId}`,
      ),
    )
    .orderBy(auditEvents.occurredAt);
}

const refusal = (code: string) => (error: unknown) =>
  error instanceof AppError && error.code === code;

describe("granting and revoking the support role, below the browser", () => {
  let dal: Dal;
  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("an admin grants it to someone outside every account, then revokes it: each change audited and the person signed out", async () => {
    const admin = await dal.contextFor("admin@demo.test");
    const tess = await userRow("trainee@demo.test");
    assert.equal(tess.role, "customer");

    await changeSupportRole(admin, { userId: tess.id, role: "support" });
    const granted = await userRow("trainee@demo.test");
    assert.equal(granted.role, "support");
    assert.equal(granted.sessionVersion, tess.sessionVersion + 1, "sessions from before end");

    await changeSupportRole(admin, { userId: tess.id, role: "support" }); // a double click
    assert.equal((await userRow("trainee@demo.test")).sessionVersion, granted.sessionVersion);

    await changeSupportRole(admin, { userId: tess.id, role: "customer" });
    const revoked = await userRow("trainee@demo.test");
    assert.equal(revoked.role, "customer");
    assert.equal(revoked.sessionVersion, tess.sessionVersion + 2);

    assert.deepEqual(
      (await roleChanges(tess.id)).map((r) => [r.actor, r.account, r.details.from, r.details.to]),
      [
        [admin.user.id, null, "customer", "support"],
        [admin.user.id, null, "support", "customer"],
      ],
    );
  });

  it("only an admin may grant it, never to a member of a customer account, and a refusal changes nothing", async () => {
    const tess = await userRow("trainee@demo.test");
    const carla = await userRow("customer@demo.test");
    const admin = await dal.contextFor("admin@demo.test");
    const sam = await dal.contextFor("support@demo.test");
    const customer = await dal.contextFor("customer@demo.test");
    for (const ctx of [sam, customer])
      await assert.rejects(
        changeSupportRole(ctx, { userId: tess.id, role: "support" }),
        refusal("forbidden:role"),
        ctx.user.email,
      );
    await assert.rejects(
      changeSupportRole(admin, { userId: carla.id, role: "support" }),
      refusal("forbidden:member_of_account"),
    );
    await assert.rejects(
      changeSupportRole(admin, { userId: admin.user.id, role: "customer" }),
      refusal("forbidden:own_role"),
    );
    assert.deepEqual(await userRow("trainee@demo.test"), tess);
    assert.deepEqual(await userRow("customer@demo.test"), carla);
    assert.equal((await roleChanges(tess.id)).length, 2, "only the first test's two changes");
  });
});
