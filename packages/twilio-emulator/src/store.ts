import { defaultCallbackSettings, type CallbackSettings } from "./callbacks";
import { Collection } from "./collection";
import { Journal, type JournalOptions } from "./journal";
import type {
  Account,
  Address,
  ApiKey,
  Bundle,
  EmulatorState,
  EndUser,
  Evaluation,
  IncomingPhoneNumber,
  ItemAssignment,
  Regulation,
  ReviewMode,
  SupportingDocument,
} from "./types";

type TableName = Exclude<
  keyof EmulatorState,
  "version" | "review_mode" | "clock_offset_ms" | "callbacks"
>;

/**
 * The emulator's state, indexed in memory. With a state path it is persisted as a snapshot plus
 * an append-only journal (src/journal.ts): each put or delete appends the one row it changed, and
 * the journal is folded into a new snapshot in the background only once it has outgrown the
 * snapshot, so a write costs what it changes. A restart loads the snapshot and replays the journal.
 */
export class Store {
  readonly accounts = new Collection<Account>();
  readonly apiKeys = new Collection<ApiKey>();
  readonly regulations = new Collection<Regulation>();
  readonly bundles = new Collection<Bundle>((b) => b.account_sid);
  readonly endUsers = new Collection<EndUser>((e) => e.account_sid);
  readonly supportingDocuments = new Collection<SupportingDocument>((d) => d.account_sid);
  readonly itemAssignments = new Collection<ItemAssignment>(
    (a) => a.bundle_sid,
    (a) => a.object_sid,
  );
  readonly evaluations = new Collection<Evaluation>((e) => e.bundle_sid);
  readonly addresses = new Collection<Address>((a) => a.account_sid);
  readonly phoneNumbers = new Collection<IncomingPhoneNumber>((p) => p.account_sid);
  reviewMode: ReviewMode = { mode: "manual" };
  callbackSettings: CallbackSettings = defaultCallbackSettings();
  clockOffsetMs = 0;
  /** Bumped on every bundle change of an account; list caches key on it. */
  private readonly bundleVersions = new Map<string, number>();
  private readonly journal: Journal | null;
  private readonly tables: Array<[TableName, Collection<{ sid: string }>]>;

  constructor(statePath: string | null, journalOptions: JournalOptions = {}) {
    this.journal = statePath
      ? new Journal(
          statePath,
          {
            meta: () => this.meta(),
            tables: () => this.tables.map(([name, table]) => [name, table.all()]),
          },
          journalOptions,
        )
      : null;
    this.tables = [
      ["accounts", this.accounts],
      ["api_keys", this.apiKeys],
      ["regulations", this.regulations],
      ["bundles", this.bundles],
      ["end_users", this.endUsers],
      ["supporting_documents", this.supportingDocuments],
      ["item_assignments", this.itemAssignments],
      ["evaluations", this.evaluations],
      ["addresses", this.addresses],
      ["incoming_phone_numbers", this.phoneNumbers],
    ] as unknown as Array<[TableName, Collection<{ sid: string }>]>;
    for (const [name, table] of this.tables) {
      table.onChange = (change) => {
        if ("put" in change) this.journal?.append({ c: name, put: change.put });
        else this.journal?.append({ c: name, del: change.delete.sid });
      };
    }
    this.bundles.onChange = ((inner) => (change) => {
      const row = "put" in change ? change.put : change.delete;
      this.bumpBundleVersion(row.account_sid);
      inner?.(change);
    })(this.bundles.onChange);
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  bundleVersion(accountSid: string): number {
    return this.bundleVersions.get(accountSid) ?? 0;
  }

  private bumpBundleVersion(accountSid: string): void {
    this.bundleVersions.set(accountSid, this.bundleVersion(accountSid) + 1);
  }

  /**
   * Invalidates an account's bundle list caches. Every put and delete already does; kept for
   * callers that mutate rows in place without putting them (benchmarks, older scripts).
   */
  touch(accountSid?: string): void {
    if (accountSid) this.bumpBundleVersion(accountSid);
  }

  putBundle(bundle: Bundle): Bundle {
    return this.bundles.put(bundle);
  }

  /** Persists the settings that are not rows: review mode, clock offset, callback settings. */
  saveMeta(): void {
    this.journal?.append({ meta: this.meta() });
  }

  meta() {
    return {
      review_mode: this.reviewMode,
      clock_offset_ms: this.clockOffsetMs,
      callbacks: this.callbackSettings,
    };
  }

  private applyMeta(meta: Partial<ReturnType<Store["meta"]>>): void {
    this.reviewMode = meta.review_mode ?? { mode: "manual" };
    this.clockOffsetMs = meta.clock_offset_ms ?? 0;
    this.callbackSettings = meta.callbacks ?? defaultCallbackSettings();
  }

  snapshot(): EmulatorState {
    const state = { version: 1, ...this.meta() } as EmulatorState;
    for (const [name, table] of this.tables)
      (state as unknown as Record<string, unknown>)[name] = table.all();
    return state;
  }

  /** Replaces the whole state (seeding, reset, load) without journaling each row, then snapshots. */
  replaceAll(fill: () => void): void {
    this.journal?.pause();
    try {
      this.clear();
      fill();
    } finally {
      this.journal?.resume();
    }
    this.compact();
  }

  load(state: EmulatorState): void {
    this.applyMeta(state);
    for (const [name, table] of this.tables) {
      for (const row of (state[name] ?? []) as Array<{ sid: string }>) table.put(row);
    }
  }

  clear(): void {
    for (const [, table] of this.tables) table.clear();
    this.bundleVersions.clear();
  }

  /** Loads the snapshot and replays the journal, if there is a state; returns whether it did. */
  loadFromDisk(): boolean {
    if (!this.journal) return false;
    const found = this.journal.read();
    if (!found) return false;
    this.replaceAll(() => {
      this.load(found.snapshot);
      const byName = new Map(this.tables);
      for (const entry of found.entries) {
        if ("meta" in entry) this.applyMeta(entry.meta as Partial<ReturnType<Store["meta"]>>);
        else if ("put" in entry)
          byName.get(entry.c as TableName)?.put(entry.put as { sid: string });
        else byName.get(entry.c as TableName)?.delete(entry.del);
      }
    });
    return true;
  }

  /** Folds the journal into a new snapshot now. */
  compact(): void {
    this.journal?.compact();
  }

  /** Writes what is buffered (tests, shutdown). */
  flush(): void {
    this.journal?.flush();
  }

  /** Shutdown: a last snapshot, and the journal closed. */
  saveNow(): void {
    this.compact();
  }

  close(): void {
    this.compact();
    this.journal?.close();
  }

  /** Sizes on disk and compaction counters, for the control API and the benchmark. */
  diskUsage(): ReturnType<Journal["usage"]> | null {
    return this.journal?.usage() ?? null;
  }
}
