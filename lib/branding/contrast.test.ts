import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contrastRatio, parseHex } from "./contrast";

describe("contrastRatio", () => {
  it("gives WCAG's figures: black on white 21:1, a colour with itself 1:1", () => {
    assert.equal(contrastRatio("#000000", "#ffffff"), 21);
    assert.equal(contrastRatio("#1d4ed8", "#1d4ed8"), 1);
  });
  it("places the portal's blue above AA and a light yellow far below", () => {
    assert.ok(contrastRatio("#1d4ed8", "#fff") > 4.5);
    assert.ok(contrastRatio("#ffcc00", "#ffffff") < 2);
  });
  it("#777 on white is just under 4.5:1, as the usual tables say", () => {
    const ratio = contrastRatio("#777777", "#ffffff");
    assert.ok(ratio > 4.4 && ratio < 4.5, String(ratio));
  });
});

describe("parseHex", () => {
  it("reads short and long forms, refuses the rest", () => {
    assert.deepEqual(parseHex("#15c"), [17, 85, 204]);
    assert.deepEqual(parseHex("#1D4ED8"), [29, 78, 216]);
    assert.equal(parseHex("blue"), null);
    assert.equal(parseHex("#12345"), null);
  });
});
