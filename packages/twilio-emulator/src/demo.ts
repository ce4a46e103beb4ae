/**
 * The demo seed's fixed identities, for the portal's embedded-mode seed and its tests. Pure data:
 * importing this starts nothing.
 */
export { DEMO_PARENT, DEMO_SUBACCOUNTS, type DemoSubaccount } from "./seed/demo-accounts";
export { DEMO_API_KEY } from "./seed/demo-people";
export { stableSid as seededSid } from "./sid";
