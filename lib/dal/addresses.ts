import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { listAddresses } from "@/lib/twilio";
import type { Address } from "@/lib/domain/types";

/**
 * An account's Addresses (v2010), briefly cached for the forms that offer them: a cache of a
 * Twilio read, never state. A submission naming an address not in the cached list (made in
 * another tab, on another instance) reads the list again before refusing.
 */
const addresses = processWide("addresses", () => createTtlCache<Address[]>({ ttlMs: 60 * 1000 }));

export function cachedAddresses(sub: string, fresh = false): Promise<Address[]> {
  if (fresh) addresses.delete(sub);
  return addresses.get(sub, () => listAddresses(sub));
}

/**
 * An Address the portal just made joins the cached list, if one is cached (otherwise the next
 * form reads the list, which has it). Never loads and never fails: the address exists either way.
 */
export function addCachedAddress(sub: string, address: Address) {
  const cached = addresses.peek(sub);
  if (!cached) return;
  const settled = cached.then(
    (list) => (list.some((a) => a.sid === address.sid) ? list : [...list, address]),
    () => null,
  );
  void settled.then((list) => {
    if (list && addresses.peek(sub) === cached) addresses.set(sub, list);
  });
}
