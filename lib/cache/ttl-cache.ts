import { createMemo, type MemoOptions } from "./memo";

/**
 * A memo of values that are expensive to load (subaccount auth tokens, a copy's items):
 * concurrent first calls share one in-flight promise, and a failed load is forgotten so the
 * next call retries. Bounded like every memo (see memo.ts).
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

export function createTtlCache<V>(options: MemoOptions): TtlCache<V> {
  const memo = createMemo<Promise<V>>(options);
  return {
    get(key, load) {
      const hit = memo.get(key);
      if (hit) return hit;
      const value = load();
      memo.set(key, value);
      value.catch(() => {
        if (memo.get(key) === value) memo.delete(key);
      });
      return value;
    },
    peek: (key) => memo.get(key),
    set: (key, value) => memo.set(key, Promise.resolve(value)),
    delete: (key) => memo.delete(key),
    clear: () => memo.clear(),
    get size() {
      return memo.size;
    },
  };
}
