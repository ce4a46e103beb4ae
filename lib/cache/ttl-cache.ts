/**
 * A small TTL cache for values that are expensive to load (subaccount auth tokens): concurrent
 * first calls share one in-flight promise, and a failed load is forgotten so the next call retries.
 */
export interface TtlCache<V> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Replaces an entry with a value already known (e.g. what a write answered). */
  set(key: string, value: V): void;
  /** The entry if one is cached and unexpired; never loads. */
  peek(key: string): Promise<V> | undefined;
  delete(key: string): void;
  clear(): void;
}

export function createTtlCache<V>(options: { ttlMs: number; now?: () => number }): TtlCache<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: Promise<V>; expiresAt: number }>();

  return {
    get(key, load) {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) return hit.value;
      const value = load();
      const entry = { value, expiresAt: now() + options.ttlMs };
      entries.set(key, entry);
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
      entries.set(key, { value: Promise.resolve(value), expiresAt: now() + options.ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}
