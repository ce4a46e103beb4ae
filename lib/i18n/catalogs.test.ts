/**
 * The catalogs (issue 16): every language has every key of the English one, no key English does
 * not have, each message parses as ICU, and each keeps the English message's arguments (a
 * translation that drops `{count}` would print a sentence without its number).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES } from "./locales";
import { NAMESPACES } from "./namespaces";

type Catalog = { [key: string]: string | Catalog };

const folder = (locale: string) => new URL(`../../messages/${locale}/`, import.meta.url);
const filesOf = (locale: string) =>
  readdirSync(folder(locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
const load = (locale: string): Catalog =>
  Object.fromEntries(
    filesOf(locale).map((ns) => [
      ns,
      JSON.parse(readFileSync(new URL(`${ns}.json`, folder(locale)), "utf8")) as Catalog,
    ]),
  );

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date)
      into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

const english = flatten(load("en"));

describe("message catalogs", () => {
  it("English has messages", () => assert.ok(english.size > 10));

  it("every namespace file is listed in lib/i18n/namespaces.ts, and every listed one exists", () => {
    // A file missing from the list would never load; a listed one without a file fails the build.
    assert.deepEqual(filesOf("en"), [...NAMESPACES].sort());
  });

  for (const locale of LOCALES) {
    const catalog = flatten(load(locale));
    it(`${locale}: has a file for each namespace`, () => {
      assert.deepEqual(filesOf(locale), [...NAMESPACES].sort());
    });
    it(`${locale}: no key of the English catalog is missing, and none is extra`, () => {
      assert.deepEqual(
        [...english.keys()].filter((k) => !catalog.has(k)),
        [],
        "missing",
      );
      assert.deepEqual(
        [...catalog.keys()].filter((k) => !english.has(k)),
        [],
        "not in English",
      );
    });
    it(`${locale}: every message parses and keeps the English message's arguments`, () => {
      for (const [key, message] of catalog) {
        assert.ok(message.trim() !== "", `${locale} ${key} is empty`);
        const args = argumentsOf(parse(message));
        const expected = argumentsOf(parse(english.get(key) ?? ""));
        assert.deepEqual([...args].sort(), [...expected].sort(), `${locale} ${key}`);
      }
    });
  }
});
