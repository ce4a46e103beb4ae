/**
 * A SID-keyed table with optional secondary indexes (index 0 is the main one, e.g. the account),
 * kept in insertion order. Every write goes through put/delete, so the store can journal it.
 */
export class Collection<T extends { sid: string }> {
  private readonly rows = new Map<string, T>();
  private readonly keys: Array<(row: T) => string>;
  private readonly indexes: Array<Map<string, Map<string, T>>>;
  /** Each row's index keys as they were at put time (rows are often mutated in place, then put). */
  private readonly indexed = new Map<string, string[]>();
  /** Called after every put and delete (the store's journal). */
  onChange: ((change: { put: T } | { delete: T }) => void) | null = null;

  constructor(...indexKeys: Array<(row: T) => string>) {
    this.keys = indexKeys;
    this.indexes = indexKeys.map(() => new Map());
  }

  get size(): number {
    return this.rows.size;
  }

  get(sid: string): T | undefined {
    return this.rows.get(sid);
  }

  put(row: T): T {
    this.unindex(row.sid);
    this.rows.set(row.sid, row);
    if (this.keys.length > 0) {
      const keys = this.keys.map((key) => key(row));
      keys.forEach((k, i) => {
        let bucket = this.indexes[i]!.get(k);
        if (!bucket) this.indexes[i]!.set(k, (bucket = new Map()));
        bucket.set(row.sid, row);
      });
      this.indexed.set(row.sid, keys);
    }
    this.onChange?.({ put: row });
    return row;
  }

  delete(sid: string): boolean {
    const row = this.rows.get(sid);
    if (!row) return false;
    this.rows.delete(sid);
    this.unindex(sid);
    this.onChange?.({ delete: row });
    return true;
  }

  private unindex(sid: string): void {
    const keys = this.indexed.get(sid);
    if (!keys) return;
    keys.forEach((k, i) => {
      const bucket = this.indexes[i]!.get(k);
      bucket?.delete(sid);
      if (bucket?.size === 0) this.indexes[i]!.delete(k);
    });
    this.indexed.delete(sid);
  }

  all(): T[] {
    return [...this.rows.values()];
  }

  /** Rows whose index key (index 0 unless told) equals `key`, in insertion order. */
  by(key: string, index = 0): T[] {
    const bucket = this.indexes[index]?.get(key);
    return bucket ? [...bucket.values()] : [];
  }

  /** How many rows have this index key. */
  count(key: string, index = 0): number {
    return this.indexes[index]?.get(key)?.size ?? 0;
  }

  clear(): void {
    this.rows.clear();
    this.indexed.clear();
    for (const index of this.indexes) index.clear();
  }
}
