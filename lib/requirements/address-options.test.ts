import assert from "node:assert/strict";
import { test } from "node:test";
import type { Address } from "@/lib/domain/types";
import { translatorFor } from "@/lib/i18n/translator";
import { addressOptions } from "./address-options";

const ta = await translatorFor("en", "Address");

const address = (sid: string, city: string, isoCountry: string) =>
  ({
    sid,
    customerName: "Acme",
    street: "Main 1",
    streetSecondary: null,
    city,
    region: "R",
    postalCode: "1",
    isoCountry,
  }) as unknown as Address;

test("a Bundle's own country's addresses come first, the rest under 'Other countries'", () => {
  const options = addressOptions(
    [
      address("AD1", "Paris", "FR"),
      address("AD2", "Berlin", "DE"),
      address("AD3", "Dublin", "IE"),
      address("AD4", "Hamburg", "de"),
    ],
    { country: "DE", t: ta, locale: "en" },
  );
  assert.deepEqual(
    options.map((o) => [o.value, o.group]),
    [
      ["AD2", "In Germany"],
      ["AD4", "In Germany"],
      ["AD1", "Other countries"],
      ["AD3", "Other countries"],
    ],
  );
  assert.equal(
    addressOptions([address("AD1", "Paris", "FR")])[0]!.group,
    undefined,
    "no country: one flat list",
  );
});

test("the groups are named in the customer's language", async () => {
  const de = await translatorFor("de", "Address");
  const options = addressOptions([address("AD1", "Paris", "FR"), address("AD2", "Berlin", "DE")], {
    country: "DE",
    t: de,
    locale: "de",
  });
  assert.deepEqual(
    options.map((o) => o.group),
    ["In Deutschland", "Andere Länder"],
  );
});
