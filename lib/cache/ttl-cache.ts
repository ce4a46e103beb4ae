/**
 * A small TTL cache for values that are expensive to load (subaccount auth tokens, a copy's
 * items): concurrent first calls share one in-flight promise, and a failed load is forgotten so
 * the next call retries. Bounded: past `maxEntries` it drops expired entries, then the oldest,
 * so keys that are never asked for again (a copy's items under an old version) do not pile up.
 */
export interface TtlCache<V> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Replaces an entry with a value already known (e.g. what a write answered). */
  set(key: string, value: V): void;
  /** The entry if one is cached and unexpired; never loads. */
  peek(key: string): Promise<V> | undefined;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
}

interface Entry<V> {
  value: Promise<V>;
  expiresAt: number;
}

export function createTtlCache<V>(options: {
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}): TtlCache<V> {
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? 10_000;
  const entries = new Map<string, Entry<V>>();

  function put(key: string, entry: Entry<V>) {
    entries.delete(key); // re-inserted last: the Map's order is oldest first
    entries.set(key, entry);
    if (entries.size <= max) return;
    const at = now();
    for (const [k, e] of entries) if (e.expiresAt <= at) entries.delete(k);
    for (const k of entries.keys()) {
      if (entries.size <= max) break;
      entries.delete(k);
    }
  }

  return {
    get(key, load) {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) return hit.value;
      const value = load();
      const entry = { value, expiresAt: now() + options.ttlMs };
      put(key, entry);
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return value;
    },
    peek(key) {
      const hit = entries.get(key);
      return hit && hit.expiresAt > now() ? hit.value : undefined;
    },
    set(key, value) {
      put(key, { value: Promise.resolve(value), expiresAt: now() + options.ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
