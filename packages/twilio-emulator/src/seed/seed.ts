import { defaultCallbackSettings } from "../callbacks";
import { DAY_MS } from "../dates";
import { EMULATOR_DEFAULTS } from "../defaults";
import { stableSid } from "../sid";
import type { Store } from "../store";
import type { Address, Bundle, EndUser, Regulation, SupportingDocument } from "../types";
import { DEMO_PARENT, DEMO_SUBACCOUNTS, type DemoSubaccount } from "./demo-accounts";
import { CHANGED_COUNTRIES, SCENARIOS, type Scenario } from "./demo-scenarios";
import { DEMO_API_KEY, DEMO_PEOPLE, DEMO_PHONE_PREFIX, demoAddress } from "./demo-people";
import { applyRegulationChange, buildRegulations } from "./regulations";
import { representativeIdRequirement } from "./demo-requirements";
import { sampleBundleItems } from "./sample-values";

function seedAccounts(store: Store, now: number): void {
  store.accounts.put({
    sid: DEMO_PARENT.sid,
    friendly_name: DEMO_PARENT.friendlyName,
    auth_token: DEMO_PARENT.authToken,
    owner_account_sid: DEMO_PARENT.sid,
    status: "active",
    type: "Full",
    date_created: now,
    date_updated: now,
  });
  for (const sub of DEMO_SUBACCOUNTS) {
    store.accounts.put({
      sid: sub.sid,
      friendly_name: sub.friendlyName,
      auth_token: sub.authToken,
      owner_account_sid: DEMO_PARENT.sid,
      status: "active",
      type: "Full",
      date_created: now,
      date_updated: now,
    });
  }
  store.apiKeys.put({ ...DEMO_API_KEY });
}

/** Regulations as they are now: the countries in CHANGED_COUNTRIES are at version 2. */
function seedRegulations(store: Store): Map<string, { v1: Regulation; current: Regulation }> {
  const byCountry = new Map<string, { v1: Regulation; current: Regulation }>();
  for (const v1 of buildRegulations()) {
    let current = v1;
    if ((CHANGED_COUNTRIES as readonly string[]).includes(v1.iso_country)) {
      current =
        v1.iso_country === "DE"
          ? applyRegulationChange(v1, { requirement: representativeIdRequirement() })
          : applyRegulationChange(v1);
    }
    store.regulations.put(current);
    byCountry.set(v1.iso_country, { v1, current });
  }
  return byCountry;
}

function personalise(
  sub: DemoSubaccount,
  s: Scenario,
  items: { endUsers: EndUser[]; documents: SupportingDocument[] },
) {
  const person = DEMO_PEOPLE[sub.key];
  const values: Record<string, string> = {
    business_name: sub.friendlyName,
    first_name: person.first,
    last_name: person.last,
    email: person.email,
  };
  items.endUsers.forEach((e, i) => {
    e.sid = stableSid("IT", `${s.key}:eu:${i}`);
    e.friendly_name = `${sub.friendlyName} (${e.type === "business" ? "business" : person.first + " " + person.last})`;
    for (const k of Object.keys(values)) if (k in e.attributes) e.attributes[k] = values[k];
  });
  items.documents.forEach((d) => {
    d.sid = stableSid("RD", `${s.key}:doc:${d.type}`);
    for (const k of Object.keys(values)) if (k in d.attributes) d.attributes[k] = values[k];
    if (s.mismatchBusinessName && "business_name" in d.attributes)
      d.attributes.business_name = s.mismatchBusinessName;
    if (d.mime_type)
      Object.assign(d, { file_size: 182_044, file_sha256: stableSid("RD", d.sid).slice(2) });
  });
  items.documents = items.documents.filter((d) => !s.dropDocuments?.includes(d.type));
}

const DOC_STATUS: Record<string, SupportingDocument["status"]> = {
  draft: "draft",
  "pending-review": "pending-review",
  "in-review": "pending-review",
  "twilio-approved": "approved",
  "provisionally-approved": "provisionally-approved",
  "twilio-rejected": "approved",
};

function seedScenario(
  store: Store,
  s: Scenario,
  regs: Map<string, { v1: Regulation; current: Regulation }>,
  bundles: Map<string, Bundle>,
  now: number,
) {
  const sub = DEMO_SUBACCOUNTS.find((a) => a.key === s.account)!;
  const reg = regs.get(s.country)!;
  // Expiring and expired bundles were approved under the old version of their regulation.
  const built = s.days !== undefined && !s.copyOf ? reg.v1 : reg.current;
  const address: Address = demoAddress(sub, s.country, now);
  store.addresses.put(address);
  const items = sampleBundleItems(built, { accountSid: sub.sid, addressSid: address.sid, now });
  personalise(sub, s, items);
  const original = s.copyOf ? bundles.get(s.copyOf) : undefined;
  const sid = stableSid("BU", s.key);
  const bundle: Bundle = {
    sid,
    account_sid: sub.sid,
    regulation_sid: reg.current.sid,
    friendly_name: s.name,
    status: s.status,
    email: DEMO_PEOPLE[sub.key].email,
    status_callback: null,
    valid_until: original
      ? EMULATOR_DEFAULTS.copyValidUntil.value === "original"
        ? original.valid_until
        : null
      : s.days !== undefined
        ? now + s.days * DAY_MS
        : null,
    date_created: now - 200 * DAY_MS + bundles.size * 3_600_000,
    date_updated: now - (s.days !== undefined ? 2 : 20) * DAY_MS,
    copy_of: original?.sid ?? null,
    is_test: false,
    regulation_version: built.version,
  };
  bundles.set(s.key, store.putBundle(bundle));
  for (const e of items.endUsers) {
    if (original) e.copied_from = stableSid("IT", `${s.copyOf}:eu:0`);
    store.endUsers.put(e);
  }
  for (const d of items.documents) {
    d.status = DOC_STATUS[s.status] ?? "draft";
    if (original) d.copied_from = stableSid("RD", `${s.copyOf}:doc:${d.type}`);
    const reject = s.rejectReasons?.find((r) => r.documentType === d.type);
    if (reject)
      Object.assign(d, {
        status: "rejected",
        failure_reason: reject.reason,
        errors: [{ code: reject.code }],
      });
    store.supportingDocuments.put(d);
  }
  [...items.endUsers, ...items.documents].forEach((item, i) =>
    store.itemAssignments.put({
      sid: stableSid("BV", `${s.key}:${i}`),
      bundle_sid: sid,
      account_sid: sub.sid,
      object_sid: item.sid,
      date_created: bundle.date_created,
    }),
  );
  for (let i = 0; i < (s.numbers ?? 0); i++) {
    const phone = `${DEMO_PHONE_PREFIX[s.country]}${String(5550100 + bundles.size * 10 + i)}`;
    store.phoneNumbers.put({
      sid: stableSid("PN", `${s.key}:${i}`),
      account_sid: sub.sid,
      phone_number: phone,
      friendly_name: `${s.name.split(" – ")[1] ?? s.name} ${i + 1}`,
      iso_country: s.country,
      type: reg.current.number_type,
      bundle_sid: sid,
      address_sid: address.sid,
      address_requirements: "local",
      date_created: bundle.date_created,
      date_updated: bundle.date_created,
    });
  }
}

/** Resets the store to the documented demo state. */
export function seedDemo(store: Store): void {
  store.replaceAll(() => fillDemo(store));
}

function fillDemo(store: Store): void {
  store.clockOffsetMs = 0;
  store.reviewMode = { mode: "manual" };
  store.callbackSettings = defaultCallbackSettings();
  const now = Math.floor(store.now() / 1000) * 1000;
  seedAccounts(store, now);
  const regs = seedRegulations(store);
  const bundles = new Map<string, Bundle>();
  for (const s of SCENARIOS) seedScenario(store, s, regs, bundles, now);
}

/** Accounts and regulations only: for tests that build their own bundles. */
export function seedEmpty(store: Store): void {
  store.replaceAll(() => fillEmpty(store));
}

function fillEmpty(store: Store): void {
  store.clockOffsetMs = 0;
  store.reviewMode = { mode: "manual" };
  store.callbackSettings = defaultCallbackSettings();
  seedAccounts(store, Math.floor(store.now() / 1000) * 1000);
  for (const r of buildRegulations()) store.regulations.put(r);
}
