/**
 * Fixed, documented demo credentials of the emulator's seed. They are not secrets: they only
 * open the local emulator. `.env.example` carries the parent pair; the portal's embedded-mode
 * seed maps its demo users to the subaccounts below by SID.
 */
export const DEMO_PARENT = {
  sid: "AC00000000000000000000000000c0de01",
  authToken: "0123456789abcdef0123456789abcdef",
  friendlyName: "Compliance Portal Platform (parent)",
} as const;

export interface DemoSubaccount {
  key: "acme" | "bistro" | "harbour" | "nordic";
  sid: string;
  authToken: string;
  friendlyName: string;
}

export const DEMO_SUBACCOUNTS: readonly DemoSubaccount[] = [
  {
    key: "acme",
    sid: "AC000000000000000000000000000ac3e1",
    authToken: "a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a1",
    friendlyName: "Acme Logistics GmbH",
  },
  {
    key: "bistro",
    sid: "AC000000000000000000000000b15760a2",
    authToken: "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b2",
    friendlyName: "Bistro Lumière SARL",
  },
  {
    key: "harbour",
    sid: "AC000000000000000000000000ba2b0a03",
    authToken: "c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c3",
    friendlyName: "Harbour Dental Pty Ltd",
  },
  {
    key: "nordic",
    sid: "AC00000000000000000000000000d0c004",
    authToken: "d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d4",
    friendlyName: "Nordic Fjord Consulting Ltd",
  },
];
