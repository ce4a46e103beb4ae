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
  readonly recent: RequestLogEntry[] = [];

  record(entry: RequestLogEntry): void {
    this.total++;
    const account = entry.account ?? "anonymous";
    let ops = this.perAccount.get(account);
    if (!ops) this.perAccount.set(account, (ops = new Map()));
    ops.set(entry.operation, (ops.get(entry.operation) ?? 0) + 1);
    this.perOperation.set(entry.operation, (this.perOperation.get(entry.operation) ?? 0) + 1);
    this.recent.push(entry);
    if (this.recent.length > 1000) this.recent.shift();
  }

  reset(): void {
    this.perAccount.clear();
    this.perOperation.clear();
    this.total = 0;
    this.recent.length = 0;
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
