import { stableSid } from "../sid";
import type { Address, ApiKey } from "../types";
import type { DemoSubaccount } from "./demo-accounts";
import { DEMO_SUBACCOUNTS } from "./demo-accounts";

/** Authorized representatives of the demo customers. */
export const DEMO_PEOPLE: Record<
  DemoSubaccount["key"],
  { first: string; last: string; email: string }
> = {
  acme: { first: "Greta", last: "Hoffmann", email: "compliance@acme-logistics.example" },
  bistro: { first: "Camille", last: "Moreau", email: "camille@bistro-lumiere.example" },
  harbour: { first: "Liam", last: "Nguyen", email: "liam@harbourdental.example" },
  nordic: { first: "Ingrid", last: "Larsen", email: "ingrid@nordicfjord.example" },
};

/** A fixed API key of the Acme subaccount (SK + secret), to show key-based auth works. */
export const DEMO_API_KEY: ApiKey = {
  sid: "SK000000000000000000000000000ac3e1",
  secret: "demo-acme-api-key-secret-0000001",
  account_sid: DEMO_SUBACCOUNTS[0]!.sid,
  friendly_name: "Acme portal key",
};

export const DEMO_PHONE_PREFIX: Record<string, string> = {
  DE: "+4930",
  FR: "+3314",
  IE: "+3531",
  GB: "+44207",
  EE: "+3725",
  AU: "+6128",
  JP: "+8135",
};

const STREETS: Record<
  string,
  Omit<
    Address,
    "sid" | "account_sid" | "customer_name" | "friendly_name" | "date_created" | "date_updated"
  >
> = {
  DE: {
    street: "Friedrichstraße 123",
    street_secondary: null,
    city: "Berlin",
    region: "Berlin",
    postal_code: "10117",
    iso_country: "DE",
    emergency_enabled: false,
    validated: true,
    verified: true,
  },
  FR: {
    street: "12 Rue de la République",
    street_secondary: null,
    city: "Lyon",
    region: "Auvergne-Rhône-Alpes",
    postal_code: "69002",
    iso_country: "FR",
    emergency_enabled: false,
    validated: true,
    verified: true,
  },
  IE: {
    street: "1 Grand Canal Square",
    street_secondary: "Floor 3",
    city: "Dublin",
    region: "Dublin",
    postal_code: "D02 P820",
    iso_country: "IE",
    emergency_enabled: false,
    validated: true,
    verified: true,
  },
  GB: {
    street: "10 Park Row",
    street_secondary: null,
    city: "Leeds",
    region: "West Yorkshire",
    postal_code: "LS1 5HD",
    iso_country: "GB",
    emergency_enabled: false,
    validated: true,
    verified: true,
  },
  EE: {
    street: "Narva mnt 5",
    street_secondary: null,
    city: "Tallinn",
    region: "Harju",
    postal_code: "10117",
    iso_country: "EE",
    emergency_enabled: false,
    validated: true,
    verified: true,
  },
  AU: {
    street: "200 George Street",
    street_secondary: "Level 4",
    city: "Sydney",
    region: "NSW",
    postal_code: "2000",
    iso_country: "AU",
    emergency_enabled: false,
    validated: true,
    verified: true,
  },
  JP: {
    street: "1-1 Marunouchi",
    street_secondary: null,
    city: "Chiyoda-ku",
    region: "Tokyo",
    postal_code: "100-0005",
    iso_country: "JP",
    emergency_enabled: false,
    validated: true,
    verified: true,
  },
};

export function demoAddress(sub: DemoSubaccount, country: string, now: number): Address {
  return {
    ...STREETS[country]!,
    sid: stableSid("AD", `${sub.key}:${country}`),
    account_sid: sub.sid,
    customer_name: sub.friendlyName.slice(0, 21),
    friendly_name: `${sub.friendlyName} – ${STREETS[country]!.city}`,
    date_created: now,
    date_updated: now,
  };
}
