import assert from "node:assert/strict";
import { test } from "node:test";
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
