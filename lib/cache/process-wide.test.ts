import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processWide } from "./process-wide";

describe("processWide", () => {
  it("creates a value once per name and hands the same one to every caller", () => {
    let made = 0;
    const create = () => ({ n: ++made });
    const a = processWide("test:shared", create);
    const b = processWide("test:shared", create);
    assert.equal(a, b);
    assert.equal(made, 1);
  });

  it("keeps different names apart", () => {
    const a = processWide("test:one", () => new Map<string, number>());
    const b = processWide("test:two", () => new Map<string, number>());
    assert.notEqual(a, b);
  });

  it("is found through the global registry, as a second copy of the module would find it", () => {
    const value = processWide("test:registry", () => ["cached"]);
    const slot = (globalThis as unknown as Record<symbol, unknown>)[
      Symbol.for("compliance-portal:test:registry")
    ];
    assert.equal(slot, value);
  });
});
