/**
 * The worklist's enrichment reads, cached so a page view costs one Twilio list call when warm:
 * - phone numbers per Bundle: v2010 numbers have no Bundle filter, so the account's numbers are
 *   listed once (paged by the SDK) and counted by `bundle_sid`; kept for a minute per account;
 * - Regulations (country, number type, end-user type): Twilio's catalogue, the same for every
 *   account, kept for an hour; a Regulation missing from it is fetched on its own.
 * No `server-only`: the gateway functions are passed in (worklist.ts gives the real ones).
 */
import type { EndUserType, PhoneNumber, Regulation } from "@/lib/domain/types";
import { createTtlCache } from "@/lib/cache/ttl-cache";

export interface RegulationSummary {
  sid: string;
  friendlyName: string;
  isoCountry: string;
  numberType: string;
  endUserType: EndUserType;
}

export interface PhoneNumberCounts {
  byBundle: Map<string, number>;
  /** The listing stopped at its limit: counts are lower bounds. */
  capped: boolean;
}

export interface LookupGateway {
  listPhoneNumbers(accountSid: string, options: { limit?: number }): Promise<PhoneNumber[]>;
  listRegulations(accountSid: string): Promise<Regulation[]>;
  fetchRegulation(
    accountSid: string,
    regulationSid: string,
    options: { includeConstraints?: boolean },
  ): Promise<Regulation>;
}

export const PHONE_NUMBERS_TTL_MS = 60_000;
export const REGULATIONS_TTL_MS = 60 * 60_000;
export const PHONE_NUMBERS_LIMIT = 20_000;

const summaryOf = (r: Regulation): RegulationSummary => ({
  sid: r.sid,
  friendlyName: r.friendlyName,
  isoCountry: r.isoCountry,
  numberType: r.numberType,
  endUserType: r.endUserType,
});

export function countByBundle(numbers: PhoneNumber[], limit: number): PhoneNumberCounts {
  const byBundle = new Map<string, number>();
  for (const n of numbers)
    if (n.bundleSid) byBundle.set(n.bundleSid, (byBundle.get(n.bundleSid) ?? 0) + 1);
  return { byBundle, capped: numbers.length >= limit };
}

export function createWorklistLookups(gateway: LookupGateway) {
  const numbers = createTtlCache<PhoneNumberCounts>({ ttlMs: PHONE_NUMBERS_TTL_MS });
  const catalogue = createTtlCache<Map<string, RegulationSummary>>({ ttlMs: REGULATIONS_TTL_MS });
  const single = createTtlCache<RegulationSummary | null>({ ttlMs: REGULATIONS_TTL_MS });

  const loadCatalogue = (accountSid: string) =>
    catalogue.get("all", async () => {
      const all = await gateway.listRegulations(accountSid);
      return new Map(all.map((r) => [r.sid, summaryOf(r)]));
    });

  return {
    phoneNumberCounts(accountSid: string): Promise<PhoneNumberCounts> {
      return numbers.get(accountSid, async () =>
        countByBundle(
          await gateway.listPhoneNumbers(accountSid, { limit: PHONE_NUMBERS_LIMIT }),
          PHONE_NUMBERS_LIMIT,
        ),
      );
    },

    /** The whole catalogue, e.g. for the country filter. */
    regulationCatalogue(accountSid: string): Promise<Map<string, RegulationSummary>> {
      return loadCatalogue(accountSid);
    },

    /** Summaries for the given SIDs; one that cannot be read is left out (the row shows its SID). */
    async regulations(
      accountSid: string,
      sids: Array<string | null>,
    ): Promise<Map<string, RegulationSummary>> {
      const known = await loadCatalogue(accountSid).catch((error: unknown) => {
        console.warn("[worklist] regulation catalogue unavailable", error);
        return new Map<string, RegulationSummary>();
      });
      const wanted = [...new Set(sids.filter((s): s is string => Boolean(s)))];
      const found = await Promise.all(
        wanted.map(async (sid) => {
          const hit = known.get(sid);
          if (hit) return hit;
          return single
            .get(sid, async () =>
              summaryOf(
                await gateway.fetchRegulation(accountSid, sid, { includeConstraints: false }),
              ),
            )
            .catch((error: unknown) => {
              console.warn("[worklist] regulation lookup failed", sid, error);
              return null;
            });
        }),
      );
      return new Map(
        found.filter((r): r is RegulationSummary => r !== null).map((r) => [r.sid, r]),
      );
    },

    clear() {
      numbers.clear();
      catalogue.clear();
      single.clear();
    },
  };
}

export type WorklistLookups = ReturnType<typeof createWorklistLookups>;
