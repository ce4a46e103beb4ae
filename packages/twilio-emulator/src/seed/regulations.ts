/**
 * The emulator's seeded regulations. Twilio warns that regulations change; `applyRegulationChange`
 * produces the next version of one so the "compliance information update" flow can be exercised.
 */
import type { Regulation } from "../types";
import { australiaLocalIndividual, japanNationalBusiness } from "./regulations-apac";
import { franceLocalBusiness, germanyLocalBusiness } from "./regulations-fr-de";
import {
  estoniaMobileBusiness,
  irelandLocalBusiness,
  unitedKingdomLocalBusiness,
} from "./regulations-ie-gb-ee";

export { applyRegulationChange, type RegulationChange } from "./regulation-change";

/** Fresh copies on every call (callers may mutate them); SIDs and order are deterministic. */
export function buildRegulations(): Regulation[] {
  return [
    franceLocalBusiness(),
    germanyLocalBusiness(),
    irelandLocalBusiness(),
    unitedKingdomLocalBusiness(),
    estoniaMobileBusiness(),
    australiaLocalIndividual(),
    japanNationalBusiness(),
  ];
}
