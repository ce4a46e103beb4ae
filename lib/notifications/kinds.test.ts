import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wants } from "./kinds";

const confirmed = {
  confirmedAt: new Date(),
  unsubscribedAt: null,
  categories: ["deadlines" as const],
};

describe("who gets which notice", () => {
  it("an unconfirmed contact gets only the confirmation", () => {
    const pending = { ...confirmed, confirmedAt: null };
    assert.equal(wants(pending, "confirm_contact"), true);
    assert.equal(wants(pending, "reminder"), false);
    assert.equal(wants(pending, "new_deadline"), false);
  });

  it("a confirmed contact gets the categories chosen, and no second confirmation", () => {
    assert.equal(wants(confirmed, "reminder"), true);
    assert.equal(wants(confirmed, "digest"), true);
    assert.equal(wants(confirmed, "rejected"), false);
    assert.equal(wants(confirmed, "support_access_started"), false);
    assert.equal(wants(confirmed, "confirm_contact"), false);
  });

  it("an unsubscribed contact gets nothing", () => {
    const gone = { ...confirmed, unsubscribedAt: new Date() };
    for (const kind of ["reminder", "new_deadline", "confirm_contact"] as const)
      assert.equal(wants(gone, kind), false, kind);
  });
});
