/**
 * The shared input schemas' messages (issue 16): each is a key that every language's `Input`
 * catalog has, English says what the schemas said before they were keyed, and the values
 * (limits, which address line) reach the sentence.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { helpRequestInput } from "@/lib/actions/schemas/help";
import { startImpersonationInput } from "@/lib/actions/schemas/impersonation";
import { localeInput } from "@/lib/actions/schemas/locale";
import { addContactInput } from "@/lib/actions/schemas/notifications";
import { newAddressFields } from "@/lib/actions/schemas/update";
import { keyed, parseKeyed, translateFieldErrors, translateKeyed } from "./keyed";
import { LOCALES } from "./locales";
import { translatorFor } from "./translator";

/** Every message a bad input to `schema` produces. */
const messagesOf = (
  schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } },
  input: unknown,
) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

const BAD_INPUTS: Array<[string, ReturnType<typeof messagesOf>]> = [
  ["locale", messagesOf(localeInput, { locale: "xx" })],
  [
    "help",
    messagesOf(helpRequestInput, { bundleSid: "BU" + "0".repeat(32), note: "x".repeat(1001) }),
  ],
  [
    "impersonation",
    messagesOf(startImpersonationInput, {
      accountId: "no",
      reason: "short",
      ticket: "a b",
      minutes: 9999,
    }),
  ],
  ["impersonation, one word", messagesOf(startImpersonationInput, { reason: "x".repeat(20) })],
  [
    "contact",
    messagesOf(addContactInput, { email: "not-an-email", name: "n".repeat(121), categories: [] }),
  ],
  ["contact, empty", messagesOf(addContactInput, { email: "", categories: ["nope"] })],
  [
    "address",
    messagesOf(newAddressFields, {
      customerName: "",
      street: "1",
      city: "x",
      region: "-",
      postalCode: "!!",
      isoCountry: "XX",
    }),
  ],
  [
    "address, country",
    messagesOf(newAddressFields, { isoCountry: "Frankreich", postalCode: "1".repeat(21) }),
  ],
];

describe("keyed input messages", async () => {
  const translators = Object.fromEntries(
    await Promise.all(LOCALES.map(async (l) => [l, await translatorFor(l, "Input")] as const)),
  );

  it("round-trips a key and its values", () => {
    assert.deepEqual(parseKeyed(keyed("address.long", { field: "city", max: 120 })), {
      key: "address.long",
      values: { field: "city", max: "120" },
    });
    assert.equal(parseKeyed("Plain words"), null);
  });

  for (const [name, messages] of BAD_INPUTS)
    it(`${name}: every message is a key each language has`, () => {
      assert.ok(messages.length > 0);
      for (const message of messages) {
        assert.ok(parseKeyed(message), `not keyed: ${message}`);
        for (const locale of LOCALES) {
          const words = translateKeyed(translators[locale]!, message);
          assert.ok(!words.startsWith("i18n:"), `${locale} lacks ${message}`);
          assert.doesNotMatch(words, /\{\w+\}/, `${locale}: an argument left unfilled in ${words}`);
        }
      }
    });

  it("English says what the schemas said before; German its own words", () => {
    const en = translators.en!;
    const de = translators.de!;
    const address = BAD_INPUTS.find(([n]) => n === "address")![1];
    const english = address.map((m) => translateKeyed(en, m));
    assert.ok(english.includes("Name on the address is required"));
    assert.ok(english.includes("City looks incomplete: enter it as on a letter, e.g. Berlin"));
    assert.ok(english.includes("That is not a country code we know: use e.g. DE, FR, IE or GB"));
    const help = BAD_INPUTS.find(([n]) => n === "help")![1];
    assert.deepEqual(
      help.map((m) => translateKeyed(en, m)),
      ["Keep the note under 1000 characters."],
    );
    assert.deepEqual(
      help.map((m) => translateKeyed(de, m)),
      ["Die Nachricht darf höchstens 1000 Zeichen lang sein."],
    );
  });

  it("field errors are put into words, other text kept", () => {
    const de = translators.de!;
    assert.deepEqual(
      translateFieldErrors(de, { email: [keyed("email.missing")], _form: ["As written"] }),
      { email: ["Geben Sie eine E-Mail-Adresse ein."], _form: ["As written"] },
    );
  });
});
