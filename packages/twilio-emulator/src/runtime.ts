import { CallbackDispatcher } from "./callbacks";
import { EMULATOR_DEFAULTS } from "./defaults";
import { Faults } from "./faults";
import { Stats } from "./stats";
import type { Store } from "./store";
import type { Bundle, BundleStatus } from "./types";

/**
 * Live behaviour around the store: status changes (with callbacks), the clock-driven expiry of
 * bundles past their valid_until, automatic review timers, injected faults and request stats.
 */
export class Runtime {
  readonly callbacks: CallbackDispatcher;
  readonly faults = new Faults();
  readonly stats = new Stats();
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextExpiry: number | null = null;
  /** Fires when the soonest approved valid_until passes, so expiry needs no request to arrive. */
  private expiryTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(readonly store: Store) {
    this.callbacks = new CallbackDispatcher(store);
    this.recomputeExpiry();
  }

  setStatus(bundle: Bundle, status: BundleStatus, failureReason = "", recompute = true): void {
    bundle.status = status;
    bundle.date_updated = this.store.now();
    this.store.putBundle(bundle);
    this.callbacks.notify(bundle, failureReason);
    if (recompute) this.recomputeExpiry();
  }

  /** Announces a valid_until set on an approved bundle (status unchanged), as Twilio does. */
  announceValidUntil(bundle: Bundle): void {
    this.callbacks.notify(bundle);
    if (
      bundle.valid_until !== null &&
      (this.nextExpiry === null || bundle.valid_until < this.nextExpiry)
    ) {
      this.nextExpiry = bundle.valid_until;
      this.armExpiry();
    }
  }

  /** Approved bundles whose valid_until has passed become twilio-rejected. Cheap when nothing is due. */
  sweepExpired(): number {
    const now = this.store.now();
    if (this.nextExpiry === null || now < this.nextExpiry) return 0;
    let expired = 0;
    for (const b of this.store.bundles.all()) {
      if (b.status === "twilio-approved" && b.valid_until !== null && b.valid_until <= now) {
        this.setStatus(b, "twilio-rejected", EMULATOR_DEFAULTS.expiry.failureReason, false);
        expired++;
      }
    }
    this.recomputeExpiry();
    return expired;
  }

  recomputeExpiry(): void {
    let min: number | null = null;
    for (const b of this.store.bundles.all()) {
      if (
        b.status === "twilio-approved" &&
        b.valid_until !== null &&
        (min === null || b.valid_until < min)
      ) {
        min = b.valid_until;
      }
    }
    this.nextExpiry = min;
    this.armExpiry();
  }

  /** (Re)sets the expiry timer for the emulator's clock (which POST /_emulator/clock moves). */
  private armExpiry(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    if (this.nextExpiry === null || this.stopped) return;
    // setTimeout takes at most 2^31-1 ms (~24.8 days); a later expiry re-arms on firing.
    const delay = Math.min(Math.max(this.nextExpiry - this.store.now(), 0), 2 ** 31 - 1);
    this.expiryTimer = setTimeout(() => {
      this.expiryTimer = null;
      if (this.sweepExpired() === 0) this.armExpiry();
    }, delay);
    this.expiryTimer.unref();
  }

  schedule(delayMs: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, delayMs);
    t.unref();
    this.timers.add(t);
  }

  cancelTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
  }

  /** Shutdown: no timer fires any more. */
  stop(): void {
    this.stopped = true;
    this.cancelTimers();
  }
}
