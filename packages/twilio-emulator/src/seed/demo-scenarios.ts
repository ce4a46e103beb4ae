import type { BundleStatus } from "../types";
import type { DemoSubaccount } from "./demo-accounts";

/**
 * The demo bundles, one row each: which account, which regulation (by country), what state,
 * and what is wrong with it. `days` is valid_until relative to seeding time.
 */
export interface Scenario {
  key: string;
  account: DemoSubaccount["key"];
  name: string;
  country: "DE" | "FR" | "IE" | "GB" | "EE" | "AU" | "JP";
  status: BundleStatus;
  days?: number;
  numbers?: number;
  /** Attributes to break on the items after building a compliant set. */
  mismatchBusinessName?: string;
  /** Documents removed (by type) to make a requirement fail. */
  dropDocuments?: string[];
  /** For copies: the key of the original scenario. */
  copyOf?: string;
  rejectReasons?: Array<{ documentType: string; reason: string; code: number }>;
}

export const SCENARIOS: Scenario[] = [
  // Acme Logistics GmbH (customer@demo.test): the worked example of the update flow.
  {
    key: "acme-berlin",
    account: "acme",
    name: "Acme Logistics – Berlin numbers",
    country: "DE",
    status: "twilio-approved",
    days: 7,
    numbers: 3,
    mismatchBusinessName: "ACME Logistik",
  },
  {
    key: "acme-paris",
    account: "acme",
    name: "Acme Logistics – Paris office",
    country: "FR",
    status: "twilio-approved",
    days: 30,
    numbers: 2,
  },
  {
    key: "acme-dublin",
    account: "acme",
    name: "Acme Logistics – Dublin support line",
    country: "IE",
    status: "twilio-approved",
    days: 60,
    numbers: 1,
  },
  {
    key: "acme-hamburg",
    account: "acme",
    name: "Acme Logistics – Hamburg depot",
    country: "DE",
    status: "twilio-rejected",
    days: -3,
    numbers: 1,
  },
  {
    key: "acme-london",
    account: "acme",
    name: "Acme Logistics – London sales",
    country: "GB",
    status: "twilio-approved",
    numbers: 2,
  },
  {
    key: "acme-tallinn",
    account: "acme",
    name: "Acme Logistics – Tallinn mobile",
    country: "EE",
    status: "draft",
    dropDocuments: ["commercial_registrar_excerpt"],
  },
  {
    key: "acme-munich",
    account: "acme",
    name: "Acme Logistics – Munich warehouse",
    country: "DE",
    status: "pending-review",
  },
  {
    key: "acme-cologne",
    account: "acme",
    name: "Acme Logistics – Cologne hub",
    country: "DE",
    status: "in-review",
  },
  // Bistro Lumière SARL (multi@demo.test): a copy in progress and a rejected copy.
  {
    key: "bistro-lyon",
    account: "bistro",
    name: "Bistro Lumière – Lyon",
    country: "FR",
    status: "twilio-approved",
    days: 14,
    numbers: 2,
  },
  {
    key: "bistro-lyon-copy",
    account: "bistro",
    name: "Bistro Lumière – Lyon (update)",
    country: "FR",
    status: "draft",
    copyOf: "bistro-lyon",
  },
  {
    key: "bistro-nice",
    account: "bistro",
    name: "Bistro Lumière – Nice",
    country: "FR",
    status: "twilio-approved",
    days: 21,
    numbers: 1,
  },
  {
    key: "bistro-nice-copy",
    account: "bistro",
    name: "Bistro Lumière – Nice (update)",
    country: "FR",
    status: "twilio-rejected",
    copyOf: "bistro-nice",
    rejectReasons: [
      {
        documentType: "commercial_registrar_excerpt",
        reason:
          "The excerpt is older than three months. Upload an excerpt issued within the last three months.",
        code: 18022,
      },
    ],
  },
  // Harbour Dental Pty Ltd (multi@demo.test): an individual regulation.
  {
    key: "harbour-sydney",
    account: "harbour",
    name: "Harbour Dental – Sydney",
    country: "AU",
    status: "twilio-approved",
    days: 30,
    numbers: 2,
  },
  {
    key: "harbour-perth",
    account: "harbour",
    name: "Harbour Dental – Perth",
    country: "AU",
    status: "provisionally-approved",
    numbers: 1,
  },
  // Nordic Fjord Consulting Ltd: support's at-risk example.
  {
    key: "nordic-leeds",
    account: "nordic",
    name: "Nordic Fjord – Leeds",
    country: "GB",
    status: "twilio-approved",
    days: 5,
    numbers: 4,
  },
  {
    key: "nordic-tokyo",
    account: "nordic",
    name: "Nordic Fjord – Tokyo",
    country: "JP",
    status: "draft",
  },
];

/** Regulations changed before seeding (their approved bundles above carry a valid_until). */
export const CHANGED_COUNTRIES = ["DE", "FR", "IE", "GB", "AU"] as const;
