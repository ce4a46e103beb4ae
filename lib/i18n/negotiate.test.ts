import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { acceptedLanguages, chooseLocale, matchLanguage } from "./negotiate";

describe("acceptedLanguages", () => {
  it("orders by quality, keeps the header's order on ties, drops q=0 and *", () => {
    assert.deepEqual(acceptedLanguages("en;q=0.5, de-CH, fr;q=0, de;q=0.9, *;q=0.1"), [
      "de-ch",
      "de",
      "en",
    ]);
  });
  it("reads an absent or empty header as no preference", () => {
    assert.deepEqual(acceptedLanguages(null), []);
    assert.deepEqual(acceptedLanguages(""), []);
  });
});

describe("matchLanguage", () => {
  it("matches by the primary subtag", () => {
    assert.equal(matchLanguage("fr-CA,fr;q=0.8"), "fr");
    assert.equal(matchLanguage("ja-JP"), "ja");
  });
  it("skips languages the portal does not have", () => {
    assert.equal(matchLanguage("pt-BR, es;q=0.7"), "es");
    assert.equal(matchLanguage("pt-BR, it"), null);
  });
});

describe("chooseLocale", () => {
  const accept = "de-DE,de;q=0.9";
  it("prefers the user's saved choice, then the cookie, then the browser, then the default", () => {
    assert.equal(
      chooseLocale({ saved: "ja", cookie: "fr", acceptLanguage: accept, fallback: "en" }),
      "ja",
    );
    assert.equal(
      chooseLocale({ saved: null, cookie: "fr", acceptLanguage: accept, fallback: "en" }),
      "fr",
    );
    assert.equal(chooseLocale({ acceptLanguage: accept, fallback: "en" }), "de");
    assert.equal(chooseLocale({ acceptLanguage: "pt", fallback: "es" }), "es");
  });
  it("ignores a saved or cookie value that is not a locale the portal has", () => {
    assert.equal(chooseLocale({ saved: "xx", cookie: "<script>", fallback: "en" }), "en");
  });
});
