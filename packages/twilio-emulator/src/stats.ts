export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  query: string;
  operation: string;
  account: string | null;
  status: number;
  durationMs: number;
}

/** Request counts per account and per operation, and a ring buffer of recent requests. */
export class Stats {
  private readonly perAccount = new Map<string, Map<string, number>>();
  private readonly perOperation = new Map<string, number>();
  private total = 0;
  private ring: RequestLogEntry[] = [];
  private next = 0;
  constructor(private readonly size = 1000) {}

  /** The latest requests, oldest first (at most `size`). */
  recent(limit = this.size): RequestLogEntry[] {
    const ordered =
      this.ring.length < this.size
        ? this.ring
        : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return ordered.slice(-limit);
  }

  record(entry: RequestLogEntry): void {
    this.total++;
    const account = entry.account ?? "anonymous";
    let ops = this.perAccount.get(account);
    if (!ops) this.perAccount.set(account, (ops = new Map()));
    ops.set(entry.operation, (ops.get(entry.operation) ?? 0) + 1);
    this.perOperation.set(entry.operation, (this.perOperation.get(entry.operation) ?? 0) + 1);
    // A ring: the log is bounded and recording costs the same however long the emulator runs.
    if (this.ring.length < this.size) this.ring.push(entry);
    else this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.size;
  }

  reset(): void {
    this.perAccount.clear();
    this.perOperation.clear();
    this.total = 0;
    this.ring = [];
    this.next = 0;
  }

  json() {
    const accounts: Record<string, { total: number; operations: Record<string, number> }> = {};
    for (const [account, ops] of this.perAccount) {
      accounts[account] = {
        total: [...ops.values()].reduce((a, b) => a + b, 0),
        operations: Object.fromEntries(ops),
      };
    }
    return { total: this.total, accounts, operations: Object.fromEntries(this.perOperation) };
  }
}
