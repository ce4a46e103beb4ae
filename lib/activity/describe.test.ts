import { test } from "node:test";
import assert from "node:assert/strict";
import { describeActivity, impersonationFromDetails, type ActivityEvent } from "./describe";

const base: ActivityEvent = {
  id: "e1",
  occurredAt: new Date("2026-03-01T12:00:00Z"),
  action: "update.submitted",
  targetSid: "BU" + "c".repeat(32),
  details: { originalSid: "BU" + "a".repeat(32) },
  actor: { id: "u1", name: "Carla Customer", role: "customer" },
  impersonation: null,
};
const sam = {
  staffName: "Sam Support",
  reason: "Customer called about the Berlin deadline.",
  ticket: "ZD-42",
  mode: "assist" as const,
};

test("a customer's own action names the customer and has no reason", () => {
  const line = describeActivity(base);
  assert.equal(line.who, "Carla Customer");
  assert.equal(line.bySupport, false);
  assert.equal(line.what, "Submitted the updated details to Twilio for review");
  assert.equal(line.target, `${base.targetSid} (for Bundle ${base.details.originalSid})`);
  assert.equal(line.why, null);
});

test("an action during an impersonation names the staff member, never the customer, with the reason", () => {
  const line = describeActivity({
    ...base,
    actor: { id: "s1", name: "Sam Support", role: "support" },
    impersonation: sam,
  });
  assert.equal(line.who, "Sam Support (support staff)");
  assert.equal(line.bySupport, true);
  assert.equal(line.why, "Customer called about the Berlin deadline. (ticket ZD-42)");
});

const lifecycle: Array<[action: string, details: Record<string, unknown>, what: string]> = [
  [
    "impersonation.started",
    { minutes: 30 },
    "Support access started, read-only (for at most 30 minutes)",
  ],
  [
    "impersonation.mode_changed",
    { from: "read_only", to: "assist" },
    "Support switched to assist mode (may make changes for you)",
  ],
  [
    "impersonation.mode_changed",
    { from: "assist", to: "read_only" },
    "Support switched back to read-only",
  ],
  ["impersonation.stopped", {}, "Support access ended"],
  ["impersonation.expired", {}, "Support access ended: time limit reached"],
  [
    "impersonation.ended",
    { endReason: "role_revoked" },
    "Support access ended: support role revoked",
  ],
  ["update.item_replaced", {}, "Update: item replaced"],
];
for (const [action, details, what] of lifecycle) {
  test(`${action} ${JSON.stringify(details)} reads "${what}"`, () => {
    const line = describeActivity({
      ...base,
      action,
      details,
      targetSid: null,
      impersonation: sam,
    });
    assert.equal(line.what, what);
    assert.equal(line.target, null);
  });
}

test("the copy in details stands in when the session row is gone", () => {
  const details = {
    impersonation: {
      staff: { id: "s1", name: "Sam Support", email: "support@demo.test" },
      account: { id: "a1", name: "Acme" },
      reason: "Looking into a rejected document.",
      ticket: null,
      mode: "read_only",
    },
  };
  assert.deepEqual(impersonationFromDetails(details), {
    staffName: "Sam Support",
    reason: "Looking into a rejected document.",
    ticket: null,
    mode: "read_only",
  });
  assert.equal(impersonationFromDetails({}), null);
  assert.equal(impersonationFromDetails({ impersonation: { reason: "x" } }), null);
});

test("a deleted actor without a session is still shown, not dropped", () => {
  assert.equal(describeActivity({ ...base, actor: null }).who, "A user who no longer exists");
});

test("notification changes read as sentences naming the address, from the customer or a mail", () => {
  const line = (action: string, details: Record<string, unknown>) =>
    describeActivity({ ...base, action, details }).what;
  assert.equal(
    line("notifications.contact_added", { email: "ada@acme.test" }),
    "Added ada@acme.test as a notification contact",
  );
  assert.equal(
    line("notifications.contact_unsubscribed", { email: "ada@acme.test", by: "portal" }),
    "ada@acme.test unsubscribed from the emails",
  );
  assert.equal(line("notifications.settings_changed", {}), "Changed when reminders go out");
});

test("what the portal did by itself, or a contact from a mail, is said so, not 'a former user'", () => {
  const system = (action: string) =>
    describeActivity({ ...base, action, actor: null, details: { by: "portal" } }).who;
  assert.equal(system("bundle.status_callback_set"), "The portal (automatically)");
  assert.equal(system("notifications.contact_confirmed"), "The contact, from an email");
});
