/**
 * Server-renders the generated form for realistic groups (the emulator's seeded regulations) and
 * checks the markup contract the e2e axe run relies on: labelled controls, unique ids, described
 * errors and advice. Interaction is covered by the e2e suite.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import {
  addressOptions,
  buildRequirementForm,
  UPLOAD_ACCEPT,
  type FormGroup,
} from "@/lib/requirements";
import { docOfType, fixture } from "@/lib/requirements/test-support/emulator-fixtures";
import { RequirementGroupForm } from "./requirement-group-form";
import { NextIntlClientProvider } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";

const tg = await translatorFor("en", "Guidance");
const catalogs = { en: await messagesFor("en"), de: await messagesFor("de") };

const KBIS = "commercial_registrar_excerpt";
const BU = `BU${"a".repeat(32)}`;

function render(
  fx: ReturnType<typeof fixture>,
  id: RegExp,
  locale: "en" | "de" = "en",
  t = tg,
): { html: string; group: FormGroup } {
  const group = buildRequirementForm(fx, t).groups.find((g) => id.test(g.id));
  assert.ok(group, `a group matching ${id}`);
  const form = createElement(RequirementGroupForm, {
    originalSid: BU,
    group,
    addresses: addressOptions(fx.addresses),
    save: async () => ({ ok: true as const, data: { groupId: group.id } }),
  });
  const provider = { locale: locale as Locale, messages: catalogs[locale], timeZone: "UTC" };
  const html = renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      provider as ComponentProps<typeof NextIntlClientProvider>,
      form,
    ),
  );
  return { html, group };
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
const controls = (html: string) =>
  [...html.matchAll(/<(input|select|textarea)\b[^>]*>/g)].map((m) => m[0]);

function assertLabelled(html: string) {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(" ")}`);
  const labelled = new Set([...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((m) => m[1]));
  for (const tag of controls(html)) {
    const id = attr(tag, "id");
    assert.ok(id && labelled.has(id), `no label for ${tag}`);
    for (const ref of (attr(tag, "aria-describedby") ?? "").split(" ").filter(Boolean))
      assert.ok(ids.includes(ref), `${id} is described by missing #${ref}`);
  }
}

describe("RequirementGroupForm markup", () => {
  test("a mismatched document field: labelled, advised, and offers the one-click fix", () => {
    const fx = fixture("DE", (i) => void (docOfType(i, KBIS).attributes.business_name = "ACME"));
    const { html, group } = render(fx, /^document:/);
    assertLabelled(html);
    const base = group.id.replace(/[^A-Za-z0-9_-]/g, "-");
    assert.match(html, new RegExp(`<section id="${base}" aria-labelledby="${base}-title"`));
    assert.match(
      html,
      new RegExp(`<h3 id="${base}-title"[^>]*>${group.title.replace(/[()]/g, "\\$&")}</h3>`),
    );
    const name = controls(html).find((t) => attr(t, "name") === "business_name")!;
    assert.equal(attr(name, "value"), "ACME");
    assert.match(attr(name, "aria-describedby") ?? "", /-guidance .*-mismatch$/);
    assert.match(
      html,
      /can&#x27;t change in an update/,
      "the carried-over address is shown, locked",
    );
    // The customer says what the document shows; nothing is written over it unasked.
    assert.match(html, /It shows “Example Trading Ltd”: correct the entry and save/);
    assert.match(html, /It shows “ACME”: I&#x27;ll upload a current document/);
    assert.match(html, /Entered for this document:.*ACME/);
    assert.match(html, /<button type="submit"[^>]*>Save changes<\/button>/);
    assert.match(html, /role="status" aria-live="polite"/);
  });

  test("a rejected document shows the reviewer's words and requires a new file", () => {
    const fx = fixture("FR", (i) =>
      Object.assign(docOfType(i, KBIS), {
        status: "rejected",
        failure_reason: "Too old.",
        errors: [{ code: 18022 }],
      }),
    );
    const { html } = render(fx, /^document:/);
    assertLabelled(html);
    assert.match(html, /Twilio&#x27;s reviewer said: <\/span><span lang="en">Too old\.<\/span>/);
    const file = controls(html).find((t) => attr(t, "type") === "file")!;
    assert.equal(attr(file, "accept"), UPLOAD_ACCEPT);
    assert.match(file, /required/);
    assert.match(html, /Upload a new file/);
  });

  test("a missing photo ID: a type picker, the first type's fields, a date input and a required file", () => {
    const fx = fixture(
      "AU",
      (i) => void (i.documents = i.documents.filter((d) => d.type !== "passport")),
    );
    const { html, group } = render(fx, /^new_document:proof_of_identity/);
    assertLabelled(html);
    const radios = controls(html).filter((t) => attr(t, "type") === "radio");
    assert.deepEqual(
      radios.map((t) => attr(t, "value")),
      group.documentTypes.map((t) => t.type),
    );
    assert.match(radios[0]!, /checked/);
    const names = controls(html)
      .map((t) => attr(t, "name"))
      .filter((n) => n && n !== "type");
    assert.deepEqual(
      names,
      group.documentTypes[0]!.fields.map((f) => f.name),
    );
    assert.ok(controls(html).some((t) => attr(t, "type") === "date"));
    assert.match(
      controls(html).find((t) => attr(t, "type") === "file")!,
      /required/,
    );
  });

  test("an address field is a select of the account's addresses with a closed new-address fieldset", () => {
    const fx = fixture("IE", (i) => void i.documents.splice(0));
    const { html } = render(fx, /^new_document:business_address_info/);
    assertLabelled(html);
    assert.match(
      html,
      /<option value="" selected="">Choose an address…<\/option>/,
      "new: none chosen",
    );
    assert.match(html, /<option value="AD0{31}1">/);
    assert.match(html, /aria-expanded="false" aria-controls="[^"]+-new"/);
    assert.match(html, /<fieldset id="[^"]+-new" hidden=""/);
    assert.doesNotMatch(html, /<form[^>]*>[\s\S]*<form/, "no nested form");
    assert.doesNotMatch(html, /type="file"/, "an address record needs no file");
  });

  test("in German: the form's words and the advice are German, Twilio's label stays English", async () => {
    const de = await translatorFor("de", "Guidance");
    const fx = fixture("DE", (i) => void (docOfType(i, KBIS).attributes.business_name = "ACME"));
    const { html } = render(fx, /^document:/, "de", de);
    assertLabelled(html);
    assert.match(html, /Mit \* markierte Felder sind Pflichtfelder\./);
    assert.match(html, /Änderungen speichern/);
    assert.match(html, /<span lang="en">Business Name<\/span>/);
    assert.doesNotMatch(html, /Save changes|What to fix/);
  });
});
