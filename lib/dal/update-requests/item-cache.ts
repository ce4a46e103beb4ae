import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import {
  fetchBundleItems,
  listAddresses,
  type Address,
  type Bundle,
  type BundleWithItems,
} from "@/lib/twilio";

/**
 * Reads that are safe to reuse, keyed so that any change makes a new key. A copy's items change
 * only through the portal (recorded as items_changed_at / items_replaced_at in the shared
 * database) or through Twilio's review (which changes the copy's status): with those in the key,
 * every instance misses the cache after any change, so a form is never built from old items.
 */
const items = processWide("copy-items", () =>
  createTtlCache<BundleWithItems>({ ttlMs: 5 * 60 * 1000 }),
);

const itemsKey = (bundle: Bundle, version: string) =>
  [bundle.sid, bundle.status, version].join("|");

export function cachedItems(
  sub: string,
  bundle: Bundle,
  version: string,
): Promise<BundleWithItems> {
  return items
    .get(itemsKey(bundle, version), () => fetchBundleItems(sub, bundle))
    .then((cached) => ({ ...cached, bundle }));
}

/** After the portal changed the copy's items, Twilio's answers are the new version's items. */
export function seedItems(copy: BundleWithItems, version: string) {
  items.set(itemsKey(copy.bundle, version), copy);
}

/**
 * The account's Addresses for the form, briefly cached. A submission naming an address not in
 * the cached list (made in another tab, on another instance) reads the list again before refusing.
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
