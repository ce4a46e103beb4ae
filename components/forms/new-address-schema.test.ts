import assert from "node:assert/strict";
import { test } from "node:test";
import { translateKeyed } from "@/lib/i18n/keyed";
import { translatorFor } from "@/lib/i18n/translator";
import { ADDRESS_LINES, EMPTY_ADDRESS, newAddressSchema } from "./new-address-schema";

test("the fieldset renders exactly the inputs the schema reads", () => {
  assert.deepEqual(
    ADDRESS_LINES.map((l) => l.name).sort(),
    Object.keys(newAddressSchema.shape).sort(),
  );
  assert.deepEqual(Object.keys(EMPTY_ADDRESS).sort(), Object.keys(newAddressSchema.shape).sort());
});

test("only the second street line is marked optional, as the schema allows", () => {
  const optional = ADDRESS_LINES.filter((l) => l.optional).map((l) => l.name);
  assert.deepEqual(optional, ["streetSecondary"]);
  const parsed = newAddressSchema.safeParse(EMPTY_ADDRESS);
  assert.equal(parsed.success, false);
  const failing = new Set(parsed.error?.issues.map((i) => String(i.path[0])));
  for (const line of ADDRESS_LINES) assert.equal(failing.has(line.name), !line.optional, line.name);
});

test("a filled address passes without originalSid, with the country upper-cased", () => {
  const parsed = newAddressSchema.parse({
    ...EMPTY_ADDRESS,
    customerName: "Acme SAS",
    street: "1 Rue de Rivoli",
    city: "Paris",
    region: "IDF",
    postalCode: "75001",
    isoCountry: "fr",
  });
  assert.equal(parsed.isoCountry, "FR");
  assert.equal(parsed.streetSecondary, "");
});

test("an address that cannot be real is refused with what to enter, not 'is required'", async () => {
  const en = await translatorFor("en", "Input");
  const de = await translatorFor("de", "Input");
  const good = {
    customerName: "Acme Logistics GmbH",
    street: "Friedrichstraße 68",
    streetSecondary: "",
    city: "Berlin",
    region: "Berlin",
    postalCode: "10117",
    isoCountry: "DE",
  };
  assert.equal(newAddressSchema.safeParse(good).success, true);
  const messageFor = (change: Partial<typeof good>, t = en) => {
    const parsed = newAddressSchema.safeParse({ ...good, ...change });
    assert.equal(parsed.success, false, JSON.stringify(change));
    return parsed.error!.issues.map((i) => translateKeyed(t, i.message)).join(" | ");
  };
  assert.match(messageFor({ city: "x" }, de), /^Der Ort scheint unvollständig/);
  assert.match(messageFor({ customerName: "" }, de), /^Geben Sie den Namen für die Adresse an$/);
  assert.match(messageFor({ street: "1" }), /Street looks incomplete/);
  assert.match(messageFor({ city: "x" }), /City looks incomplete/);
  assert.match(messageFor({ region: "-" }), /Region or state looks incomplete/);
  assert.match(messageFor({ postalCode: "!!!!" }), /letters, digits, spaces or dashes only/);
  assert.match(messageFor({ isoCountry: "Frankreich" }), /two-letter country code/);
  assert.match(messageFor({ isoCountry: "XX" }), /not a country code we know/);
  assert.match(messageFor({ street: "x".repeat(121) }), /too long \(120 characters at most\)/);
  assert.equal(
    newAddressSchema.safeParse({ ...good, postalCode: "D02 X285", isoCountry: "ie" }).success,
    true,
  );
});
