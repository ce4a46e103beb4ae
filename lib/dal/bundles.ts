import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import {
  GatewayError,
  fetchBundleWithItems,
  listPhoneNumbers,
  type BundleWithItems,
} from "@/lib/twilio";
import type { PhoneNumber } from "@/lib/domain/types";
import type { AccountContext } from "@/lib/auth/context";
import { cachedRegulation } from "./regulations";

/**
 * One Bundle of the current account with its items. A malformed SID, an unknown one and another
 * account's (Twilio answers 404 to our subaccount credentials) all end in the same notFound(),
 * so the page never reveals that a SID exists elsewhere. Cached per request (the same ctx object
 * comes from the cached acting context), so a page and its metadata share one Twilio read.
 */
export const getAccountBundle = cache(async function getAccountBundle(
  ctx: AccountContext,
  sid: string,
): Promise<BundleWithItems> {
  try {
    const result = await fetchBundleWithItems(ctx.account.subaccountSid, sid);
    // Defence in depth: never show a Bundle that is not the current subaccount's.
    if (result.bundle.accountSid && result.bundle.accountSid !== ctx.account.subaccountSid)
      notFound();
    return result;
  } catch (error) {
    if (error instanceof GatewayError && error.code === "not_found:bundle") notFound();
    throw error;
  }
});

/** The phone numbers that depend on a Bundle (shown so customers see what is at stake). */
export function listBundlePhoneNumbers(
  ctx: AccountContext,
  bundleSid: string,
): Promise<PhoneNumber[]> {
  return listPhoneNumbers(ctx.account.subaccountSid, { bundleSid });
}

/**
 * Human names for the given Regulation SIDs, each fetched once. A Regulation that cannot be read
 * falls back to its SID rather than failing the whole page.
 */
export async function regulationNames(
  ctx: AccountContext,
  sids: Array<string | null>,
): Promise<Map<string, string>> {
  const distinct = [...new Set(sids.filter((s): s is string => Boolean(s)))];
  const entries = await Promise.all(
    distinct.map(async (sid) => {
      try {
        const regulation = await cachedRegulation(ctx.account.subaccountSid, sid);
        return [sid, regulation.friendlyName] as const;
      } catch (error) {
        console.warn("[bundles] regulation lookup failed", sid, error);
        return [sid, sid] as const;
      }
    }),
  );
  return new Map(entries);
}
