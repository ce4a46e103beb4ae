import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { accountActionRefusal, mayManageStaff, mayUseConsole, roleChangeRefusal } from "./rules";

const admin = { id: "a", role: "admin" as const };
const support = { id: "s", role: "support" as const };
const customer = { id: "c", role: "customer" as const };

describe("authz rules", () => {
  it("only staff use the console; only admins manage staff", () => {
    assert.deepEqual([admin, support, customer].map(mayUseConsole), [true, true, false]);
    assert.deepEqual([admin, support, customer].map(mayManageStaff), [true, false, false]);
  });

  it("an account action needs an account, and staff need an assist-mode session", () => {
    const account = {};
    assert.equal(
      accountActionRefusal({ user: customer, account: null, impersonation: null }),
      "no_account:account",
    );
    assert.equal(
      accountActionRefusal({ user: support, account: null, impersonation: null }),
      "forbidden:no_impersonation",
    );
    assert.equal(
      accountActionRefusal({ user: support, account, impersonation: { mode: "read_only" } }),
      "forbidden:read_only_impersonation",
    );
    assert.equal(
      accountActionRefusal({ user: support, account, impersonation: { mode: "assist" } }),
      null,
    );
    assert.equal(
      accountActionRefusal({ user: support, account, impersonation: null }),
      "forbidden:no_impersonation",
    );
    assert.equal(accountActionRefusal({ user: customer, account, impersonation: null }), null);
  });

  it("role changes: admins only, never their own, never an admin, support only outside accounts", () => {
    const target = (role: "customer" | "support" | "admin", accountCount = 0) => ({
      id: "t",
      role,
      accountCount,
    });
    assert.equal(roleChangeRefusal(support, target("customer"), "support"), "forbidden:role");
    assert.equal(
      roleChangeRefusal(admin, { ...target("support"), id: "a" }, "customer"),
      "forbidden:own_role",
    );
    assert.equal(roleChangeRefusal(admin, target("admin"), "customer"), "forbidden:role");
    assert.equal(
      roleChangeRefusal(admin, target("customer", 1), "support"),
      "forbidden:member_of_account",
    );
    assert.equal(roleChangeRefusal(admin, target("customer"), "support"), null);
    assert.equal(roleChangeRefusal(admin, target("support", 1), "customer"), null);
  });
});
