import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest } from "../errors";
import type { Ctx } from "../http/context";
import type { EndUserType, NumberType, Regulation } from "../types";

const END_USER_TYPES: readonly string[] = ["individual", "business"];
const NUMBER_TYPES: readonly string[] = ["local", "mobile", "national", "toll-free"];

export const isEndUserType = (value: string): value is EndUserType =>
  END_USER_TYPES.includes(value);

/** A NumberType as Twilio spells it (`tollfree` is accepted for `toll-free`), or null. */
export function numberTypeOf(raw: string): NumberType | null {
  const lowered = raw.toLowerCase();
  const value = EMULATOR_DEFAULTS.numberTypeAliases.value[lowered] ?? lowered;
  return NUMBER_TYPES.includes(value) ? (value as NumberType) : null;
}

/**
 * CreateBundle needs a RegulationSid, or IsoCountry + NumberType + EndUserType. Twilio's codes:
 * 22200 an invalid End-User or Number type, 22201 no regulation for the number group (an unknown
 * or another account's RegulationSid, or no regulation for the country and types), 22202 neither.
 */
export function resolveRegulation(ctx: Ctx): Regulation {
  const sid = ctx.body.str("RegulationSid");
  if (sid !== undefined) {
    const regulation = /^RN[0-9a-fA-F]{32}$/.test(sid) ? ctx.store.regulations.get(sid) : undefined;
    if (!regulation) throw badRequest(22201, `No regulation sid found for ${sid}`);
    return regulation;
  }
  const isoCountry = ctx.body.str("IsoCountry")?.toUpperCase();
  const rawType = ctx.body.str("NumberType");
  const endUserType = ctx.body.str("EndUserType");
  if (!isoCountry || !rawType || !endUserType) {
    throw badRequest(
      22202,
      "A RegulationSid, or an IsoCountry, NumberType and EndUserType, is required to create a Bundle",
    );
  }
  if (!isEndUserType(endUserType))
    throw badRequest(22200, `Invalid End-User Type ${endUserType}: must be individual or business`);
  const numberType = numberTypeOf(rawType);
  if (!numberType)
    throw badRequest(
      22200,
      `Invalid Number Type ${rawType}: must be local, mobile, national or toll-free`,
    );
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
      `No regulation sid found for the given number group: ${isoCountry} ${numberType} ${endUserType}`,
    );
  }
  return regulation;
}
