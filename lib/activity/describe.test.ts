import { test } from "node:test";
import assert from "node:assert/strict";
import { translatorFor } from "@/lib/i18n/translator";
import {
  bundleSidsOf,
  describeActivity as describeIn,
  impersonationFromDetails,
  type ActivityEvent,
} from "./describe";

const en = await translatorFor("en", "Activity");
const describeActivity = (event: ActivityEvent) => describeIn(event, en);

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
  // No name recorded and none in the index: the row says what, and shows no SID.
  assert.equal(line.bundle, null);
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
  ["update.item_swapped", {}, "Update: item swapped"],
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
    assert.equal(line.bundle, null);
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

const SID = /\b(IT|RD|BU|AD)[0-9a-f]{32}\b/;
const ORIGINAL = "BU" + "a".repeat(32);
const COPY = "BU" + "c".repeat(32);

test("a Bundle is named as recorded with the row, else as the index knows the original, never by SID", () => {
  const bundle = (details: Record<string, unknown>, bundleNames?: Record<string, string>) =>
    describeActivity({ ...base, targetSid: COPY, details, ...(bundleNames ? { bundleNames } : {}) })
      .bundle;
  assert.equal(bundle({ originalSid: ORIGINAL, bundleName: "Acme Berlin" }), "Acme Berlin");
  assert.equal(bundle({ originalSid: ORIGINAL }, { [ORIGINAL]: "Acme (index)" }), "Acme (index)");
  assert.equal(bundle({}, { [COPY]: "Acme copy" }), "Acme copy");
  assert.equal(bundle({ originalSid: ORIGINAL }), null);
  assert.equal(bundle({ bundleName: "" }), null);
});

const saves: Array<[action: string, details: Record<string, unknown>, what: string]> = [
  [
    "update.item_updated",
    {
      itemName: "Business details",
      fields: ["Business name", "Business registration number"],
    },
    "Changed Business name, Business registration number in Business details",
  ],
  [
    "update.item_updated",
    { itemName: "Business details", fields: [] },
    "Saved Business details (no field changed)",
  ],
  ["update.item_updated", { groupId: "end_user:IT1" }, "Changed compliance details"],
  [
    "update.item_created",
    { itemName: "Business registration document", fields: ["Business name", "Address"] },
    "Added Business registration document with Business name, Address",
  ],
  ["update.item_created", {}, "Added compliance details"],
  [
    "update.item_replaced",
    { itemName: "Passport", fields: ["Last name"] },
    "Uploaded a new file for Passport and changed Last name",
  ],
  ["update.item_replaced", {}, "Uploaded a new file for a document"],
  [
    "address.created",
    { address: "Hauptstr. 1, Berlin 10115, DE" },
    "Added the address Hauptstr. 1, Berlin 10115, DE",
  ],
  ["address.created", {}, "Added an address"],
  ["update.started", {}, "Started an update (made an editable copy of the Bundle)"],
  ["update.applied", {}, "Applied the approved details to the Bundle"],
  ["update.copy_removed", {}, "Removed the working copy: the update is finished"],
];
for (const [action, details, what] of saves) {
  test(`${action} ${JSON.stringify(details)} reads "${what}", with no SID`, () => {
    const line = describeActivity({ ...base, action, targetSid: "RD" + "1".repeat(32), details });
    assert.equal(line.what, what);
    assert.doesNotMatch(`${line.who} ${line.what} ${line.bundle ?? ""}`, SID);
  });
}

test("Twilio's approval is Twilio's; what the portal applied and removed by itself is the portal's", () => {
  const system = (action: string, by: string) =>
    describeActivity({ ...base, action, actor: null, details: { by, bundleName: "Acme Berlin" } });
  const approved = system("update.approved", "twilio");
  assert.equal(approved.who, "Twilio");
  assert.equal(approved.what, "Approved the updated details after its review");
  assert.equal(approved.bundle, "Acme Berlin");
  assert.equal(approved.bySupport, false);
  assert.equal(system("update.applied", "portal").who, "The portal (automatically)");
  assert.equal(system("update.copy_removed", "portal").who, "The portal (automatically)");
});

test("the Bundle SIDs a page mentions are collected once, other SIDs are not", () => {
  assert.deepEqual(
    bundleSidsOf([
      { targetSid: COPY, details: { originalSid: ORIGINAL } },
      { targetSid: "RD" + "1".repeat(32), details: { originalSid: ORIGINAL } },
      { targetSid: null, details: {} },
    ]).sort(),
    [ORIGINAL, COPY].sort(),
  );
});

test("rows read in the customer's language; an action the catalogs lack stays English, marked so", async () => {
  const [de, es] = await Promise.all([
    translatorFor("de", "Activity"),
    translatorFor("es", "Activity"),
  ]);
  const staff = describeIn(
    { ...base, action: "impersonation.started", details: { minutes: 1 }, impersonation: sam },
    de,
  );
  assert.equal(staff.who, "Sam Support (Support-Team)");
  assert.equal(staff.what, "Support-Zugriff begonnen, nur lesend (höchstens 1 Minute)");
  assert.equal(staff.why, "Customer called about the Berlin deadline. (Ticket ZD-42)");
  assert.equal(staff.whatLang, null);
  assert.equal(
    describeIn({ ...base, action: "impersonation.ended", details: { endReason: "expired" } }, es)
      .what,
    "Acceso del soporte finalizado: se alcanzó el límite de tiempo",
  );
  const unknown = describeIn({ ...base, action: "update.item_swapped", details: {} }, de);
  assert.equal(unknown.what, "Update: item swapped");
  assert.equal(unknown.whatLang, "en");
});
