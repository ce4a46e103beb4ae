import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest } from "../errors";
import type { Ctx } from "../http/context";
import type { Regulation } from "../types";

/** CreateBundle needs a RegulationSid, or IsoCountry + NumberType + EndUserType (22200–22202). */
export function resolveRegulation(ctx: Ctx): Regulation {
  const sid = ctx.body.str("RegulationSid");
  if (sid !== undefined) {
    const regulation = /^RN[0-9a-fA-F]{32}$/.test(sid) ? ctx.store.regulations.get(sid) : undefined;
    if (!regulation) throw badRequest(22200, `Regulation ${sid} was not found`);
    return regulation;
  }
  const isoCountry = ctx.body.str("IsoCountry")?.toUpperCase();
  const rawType = ctx.body.str("NumberType")?.toLowerCase();
  const endUserType = ctx.body.str("EndUserType");
  if (!isoCountry || !rawType || !endUserType) {
    throw badRequest(
      22202,
      "A RegulationSid, or an IsoCountry, NumberType and EndUserType, is required to create a Bundle",
    );
  }
  if (endUserType !== "individual" && endUserType !== "business") {
    throw badRequest(22201, `Invalid EndUserType ${endUserType}: must be individual or business`);
  }
  const numberType = EMULATOR_DEFAULTS.numberTypeAliases[rawType] ?? rawType;
  const regulation = ctx.store.regulations
    .all()
    .find(
      (r) =>
        r.iso_country === isoCountry &&
        r.number_type === numberType &&
        r.end_user_type === endUserType,
    );
  if (!regulation) {
    throw badRequest(
      22201,
      `No regulation found for ${isoCountry} ${numberType} ${endUserType} phone numbers`,
    );
  }
  return regulation;
}
