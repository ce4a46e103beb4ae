/**
 * TEST-ONLY: realistic gateway-typed fixtures from the emulator's seeded regulations, sample
 * items and evaluation engine. lib/requirements itself never imports the emulator (regulations
 * change; only the emulator may know them); only *.test.ts files import this file.
 */
import { toEndUser, toEvaluation, toRegulation, toSupportingDocument } from "@/lib/twilio/convert";
import type {
  Address,
  EndUser,
  Evaluation,
  Regulation,
  SupportingDocument,
} from "@/lib/domain/types";
import {
  buildRegulations,
  evaluateBundle,
  sampleBundleItems,
  type SampleItems,
} from "@portal/twilio-emulator/fixtures";

export const AD = `AD${"0".repeat(31)}1`;
export const OTHER_AD = `AD${"0".repeat(30)}99`;

export const ADDRESS: Address = {
  sid: AD,
  accountSid: "AC1",
  customerName: "Example Trading Ltd",
  friendlyName: "Head office",
  street: "Friedrichstraße 12",
  streetSecondary: null,
  city: "Berlin",
  region: "BE",
  postalCode: "10117",
  isoCountry: "DE",
  validated: true,
  verified: true,
};

export interface Fixture {
  regulation: Regulation;
  evaluation: Evaluation;
  endUsers: EndUser[];
  documents: SupportingDocument[];
  addresses: Address[];
}

export function seededRegulation(iso: string) {
  const found = buildRegulations().find((r) => r.iso_country === iso);
  if (!found) throw new Error(`no seeded regulation for ${iso}`);
  return found;
}

/** A compliant bundle for `iso` (alternative set `setIndex`), then `mutate` breaks it. */
export function fixture(
  iso: string,
  mutate: (items: SampleItems) => void = () => {},
  opts: { setIndex?: number; addresses?: Address[] } = {},
): Fixture {
  const raw = seededRegulation(iso);
  const items = sampleBundleItems(raw, {
    accountSid: "AC1",
    addressSid: AD,
    setIndex: opts.setIndex,
  });
  mutate(items);
  const addresses = opts.addresses ?? [ADDRESS];
  const result = evaluateBundle({
    regulation: raw,
    endUsers: items.endUsers,
    documents: items.documents,
    addressSids: new Set(addresses.map((a) => a.sid)),
  });
  return {
    regulation: toRegulation(raw),
    evaluation: toEvaluation({
      sid: `EL${"0".repeat(32)}`,
      bundle_sid: `BU${"0".repeat(32)}`,
      regulation_sid: raw.sid,
      status: result.status,
      results: result.results,
    }),
    endUsers: items.endUsers.map(toEndUser),
    documents: items.documents.map(toSupportingDocument),
    addresses,
  };
}

export function allSeededIsoCountries(): string[] {
  return buildRegulations().map((r) => r.iso_country);
}

export function docOfType(items: SampleItems, type: string) {
  const doc = items.documents.find((d) => d.type === type);
  if (!doc) throw new Error(`no ${type} document`);
  return doc;
}
