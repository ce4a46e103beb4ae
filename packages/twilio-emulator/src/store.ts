import { mkdirSync, renameSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { defaultCallbackSettings, type CallbackSettings } from "./callbacks";
import { Collection } from "./collection";
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

/**
 * The emulator's state: indexed in memory, persisted as one JSON file written atomically
 * (temp file + rename) shortly after each change, so a restart keeps it.
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
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(private readonly statePath: string | null) {}

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  bundleVersion(accountSid: string): number {
    return this.bundleVersions.get(accountSid) ?? 0;
  }

  /** Records a change: invalidates caches for the account and schedules a save. */
  touch(accountSid?: string): void {
    if (accountSid) this.bundleVersions.set(accountSid, this.bundleVersion(accountSid) + 1);
    this.scheduleSave();
  }

  putBundle(bundle: Bundle): Bundle {
    this.bundles.put(bundle);
    this.touch(bundle.account_sid);
    return bundle;
  }

  snapshot(): EmulatorState {
    return {
      version: 1,
      review_mode: this.reviewMode,
      clock_offset_ms: this.clockOffsetMs,
      callbacks: this.callbackSettings,
      accounts: this.accounts.all(),
      api_keys: this.apiKeys.all(),
      regulations: this.regulations.all(),
      bundles: this.bundles.all(),
      end_users: this.endUsers.all(),
      supporting_documents: this.supportingDocuments.all(),
      item_assignments: this.itemAssignments.all(),
      evaluations: this.evaluations.all(),
      addresses: this.addresses.all(),
      incoming_phone_numbers: this.phoneNumbers.all(),
    };
  }

  load(state: EmulatorState): void {
    this.clear();
    this.reviewMode = state.review_mode ?? { mode: "manual" };
    this.clockOffsetMs = state.clock_offset_ms ?? 0;
    this.callbackSettings = state.callbacks ?? defaultCallbackSettings();
    state.accounts.forEach((r) => this.accounts.put(r));
    state.api_keys.forEach((r) => this.apiKeys.put(r));
    state.regulations.forEach((r) => this.regulations.put(r));
    state.bundles.forEach((r) => this.bundles.put(r));
    state.end_users.forEach((r) => this.endUsers.put(r));
    state.supporting_documents.forEach((r) => this.supportingDocuments.put(r));
    state.item_assignments.forEach((r) => this.itemAssignments.put(r));
    state.evaluations.forEach((r) => this.evaluations.put(r));
    state.addresses.forEach((r) => this.addresses.put(r));
    state.incoming_phone_numbers.forEach((r) => this.phoneNumbers.put(r));
    for (const account of this.accounts.all()) this.touch(account.sid);
  }

  clear(): void {
    const all: Array<{ clear(): void }> = [
      this.accounts,
      this.apiKeys,
      this.regulations,
      this.bundles,
      this.endUsers,
      this.supportingDocuments,
      this.itemAssignments,
      this.evaluations,
      this.addresses,
      this.phoneNumbers,
    ];
    for (const c of all) c.clear();
    this.bundleVersions.clear();
  }

  /** Loads the state file if there is one; returns whether it did. */
  loadFromDisk(): boolean {
    if (!this.statePath || !existsSync(this.statePath)) return false;
    this.load(JSON.parse(readFileSync(this.statePath, "utf8")) as EmulatorState);
    return true;
  }

  private scheduleSave(): void {
    if (!this.statePath || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saveNow();
    }, 100);
    this.saveTimer.unref();
  }

  saveNow(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (!this.statePath) return;
    mkdirSync(dirname(this.statePath), { recursive: true });
    const tmp = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.snapshot()));
    renameSync(tmp, this.statePath);
  }
}
