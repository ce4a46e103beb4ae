/** A SID-keyed table with an optional secondary index, kept in insertion order. */
export class Collection<T extends { sid: string }> {
  private readonly rows = new Map<string, T>();
  private readonly index = new Map<string, Map<string, T>>();

  constructor(private readonly indexKey?: (row: T) => string) {}

  get size(): number {
    return this.rows.size;
  }

  get(sid: string): T | undefined {
    return this.rows.get(sid);
  }

  put(row: T): T {
    const previous = this.rows.get(row.sid);
    if (previous && this.indexKey) this.index.get(this.indexKey(previous))?.delete(row.sid);
    this.rows.set(row.sid, row);
    if (this.indexKey) {
      const key = this.indexKey(row);
      let bucket = this.index.get(key);
      if (!bucket) this.index.set(key, (bucket = new Map()));
      bucket.set(row.sid, row);
    }
    return row;
  }

  delete(sid: string): boolean {
    const row = this.rows.get(sid);
    if (!row) return false;
    this.rows.delete(sid);
    if (this.indexKey) this.index.get(this.indexKey(row))?.delete(sid);
    return true;
  }

  all(): T[] {
    return [...this.rows.values()];
  }

  /** Rows whose index key equals `key`, in insertion order. */
  by(key: string): T[] {
    const bucket = this.index.get(key);
    return bucket ? [...bucket.values()] : [];
  }

  clear(): void {
    this.rows.clear();
    this.index.clear();
  }
}
