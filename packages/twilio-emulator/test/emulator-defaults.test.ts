import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import { assumedDefaults, EMULATOR_DEFAULTS } from "../src/defaults";

const README = readFileSync(resolve(import.meta.dirname, "../README.md"), "utf8");

describe("the table of defaults", () => {
  it("every row names its source: a URL, an issue, a spec or fixture file, or an assumption with its reason", () => {
    const sourced =
      /https:\/\/|[\w-]+\/[\w.-]+#\d+|spec\/twilio-oai\/|\.php|^assumed: .{20,}|^emulator-only: .{20,}/;
    for (const [name, row] of Object.entries(EMULATOR_DEFAULTS))
      assert.match(row.source, sourced, `${name}: ${row.source}`);
  });

  it("the README's check-first list names every assumed row", () => {
    const section = README.slice(README.indexOf("## Defaults"), README.indexOf("## Benchmark"));
    assert.ok(section.length > 0, "the README has a Defaults section before the Benchmark");
    const missing = assumedDefaults().filter((name) => !section.includes(`\`${name}\``));
    assert.deepEqual(missing, []);
    assert.ok(assumedDefaults().includes("approvedItemsImmutable"));
    assert.ok(!assumedDefaults().includes("paging"), "documented rows are not listed as assumed");
  });
});
