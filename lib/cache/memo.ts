/**
 * A bounded in-memory map whose entries expire: the one mechanism behind the portal's caches
 * and memos. Past `maxEntries` it drops expired entries, then the oldest, so keys that are never
 * asked for again (a copy's items under an old version, a finished request) do not pile up.
 */
export interface Memo<V> {
  /** The value if present and unexpired. */
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
}

export interface MemoOptions {
  /** How long an entry lives after it is set (Infinity: until evicted by size). */
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}

export function createMemo<V>(options: MemoOptions): Memo<V> {
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? 10_000;
  const entries = new Map<string, { value: V; expiresAt: number }>();

  return {
    get(key) {
      const hit = entries.get(key);
      return hit && hit.expiresAt > now() ? hit.value : undefined;
    },
    set(key, value) {
      entries.delete(key); // re-inserted last: the Map's order is oldest first
      entries.set(key, { value, expiresAt: now() + options.ttlMs });
      if (entries.size <= max) return;
      const at = now();
      for (const [k, e] of entries) if (e.expiresAt <= at) entries.delete(k);
      for (const k of entries.keys()) {
        if (entries.size <= max) break;
        entries.delete(k);
      }
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
