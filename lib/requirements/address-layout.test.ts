import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { translatorFor } from "@/lib/i18n/translator";
import { addressLayout } from "./address-layout";

const order = (country: string | null) => addressLayout(country).rows.flat();

describe("addressLayout", () => {
  it("DE and FR: postal code before the city, on one row", () => {
    for (const country of ["DE", "fr", " at "]) {
      const layout = addressLayout(country);
      assert.equal(layout.style, "postal-first");
      assert.ok(
        layout.rows.some((r) => r.join() === "postalCode,city"),
        country,
      );
    }
    assert.deepEqual(order("DE"), [
      "customerName",
      "street",
      "streetSecondary",
      "postalCode",
      "city",
      "region",
    ]);
  });

  it("JP: postal code, prefecture, city, then the street", () => {
    const layout = addressLayout("JP");
    assert.deepEqual(order("JP"), [
      "customerName",
      "postalCode",
      "region",
      "city",
      "street",
      "streetSecondary",
    ]);
    assert.equal(layout.names.region, "prefecture");
  });

  it("US, AU, IE: city, state or county, postal code", () => {
    for (const country of ["US", "AU", "IE"])
      assert.deepEqual(addressLayout(country).rows.at(-1), ["city", "region", "postalCode"]);
    assert.equal(addressLayout("US").names.region, "state");
    assert.equal(addressLayout("US").names.postalCode, "zip");
    assert.equal(addressLayout("IE").names.region, "county");
    assert.equal(addressLayout("IE").names.postalCode, "eircode");
  });

  it("an unknown or missing country keeps the general order and names", () => {
    for (const country of [null, "", "ZZ"]) {
      assert.equal(addressLayout(country).style, "city-first");
      assert.equal(addressLayout(country).names.region, "generic");
    }
  });

  it("every part but the country appears once", () => {
    for (const country of ["DE", "JP", "US", null]) {
      const parts = order(country);
      assert.equal(new Set(parts).size, parts.length);
      assert.equal(parts.length, 6);
    }
  });

  it("labels come in the customer's language: 都道府県 for a Japanese address in Japanese", async () => {
    const ja = await translatorFor("ja", "Address");
    const de = await translatorFor("de", "Address");
    const en = await translatorFor("en", "Address");
    assert.equal(ja(`region.${addressLayout("JP").names.region}`), "都道府県");
    assert.equal(en(`region.${addressLayout("JP").names.region}`), "Prefecture");
    assert.equal(de(`postalCode.${addressLayout("DE").names.postalCode}`), "Postleitzahl");
    assert.equal(en(`region.${addressLayout("DE").names.region}`), "Region or state");
  });
});
