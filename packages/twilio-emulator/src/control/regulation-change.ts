import { z } from "zod";
import { DAY_MS } from "../dates";
import { EMULATOR_DEFAULTS } from "../defaults";
import type { Runtime } from "../runtime";
import { applyRegulationChange } from "../seed/regulations";

export const regulationChangeSchema = z.object({
  regulationSid: z.string().optional(),
  isoCountry: z.string().optional(),
  numberType: z.string().optional(),
  endUserType: z.enum(["individual", "business"]).optional(),
  /** When approved bundles must be updated by; default: now + the grace period. */
  validUntil: z.iso.datetime().optional(),
  graceDays: z.number().min(0).optional(),
  /** Whether to add a requirement (a new version of the regulation); default true. */
  addRequirement: z.boolean().default(true),
});

/**
 * A regulation changes: matching regulations get a new version with an added requirement, and
 * every approved bundle on them gets a valid_until (announced by a status callback).
 */
export function applyRegulationChanges(
  runtime: Runtime,
  input: z.infer<typeof regulationChangeSchema>,
) {
  const { store } = runtime;
  const regulations = store.regulations
    .all()
    .filter(
      (r) =>
        (!input.regulationSid || r.sid === input.regulationSid) &&
        (!input.isoCountry || r.iso_country === input.isoCountry.toUpperCase()) &&
        (!input.numberType || r.number_type === input.numberType) &&
        (!input.endUserType || r.end_user_type === input.endUserType),
    );
  const validUntil = input.validUntil
    ? Date.parse(input.validUntil)
    : store.now() + (input.graceDays ?? EMULATOR_DEFAULTS.regulationChangeGraceDays.value) * DAY_MS;
  const affected: string[] = [];
  for (const regulation of regulations) {
    if (input.addRequirement) store.regulations.put(applyRegulationChange(regulation));
    for (const bundle of store.bundles.all()) {
      if (
        bundle.regulation_sid !== regulation.sid ||
        bundle.status !== "twilio-approved" ||
        bundle.copy_of
      )
        continue;
      if (bundle.valid_until !== null) continue;
      bundle.valid_until = validUntil;
      bundle.date_updated = store.now();
      store.putBundle(bundle);
      runtime.announceValidUntil(bundle);
      affected.push(bundle.sid);
    }
  }
  return {
    regulations: regulations.map((r) => r.sid),
    bundles: affected,
    valid_until: new Date(validUntil).toISOString(),
  };
}
