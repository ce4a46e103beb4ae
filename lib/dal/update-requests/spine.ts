import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import type { UpdateRequestRow } from "@/lib/db/schema";
import { recordAudit, recordSystemAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { AppError, ERRORS, defaultKey } from "@/lib/errors";
import { GatewayError, createEvaluation, updateBundle } from "@/lib/twilio";
import type { Bundle, Evaluation } from "@/lib/domain/types";
import type { GuardResult, UpdateRequestEvent, UpdateRequestState } from "@/lib/workflow";
import { requireOpenRequest } from "./authorize";
import type { KeptCopy, StepFailure } from "./kept";
import { keptBaseline, lastFailureOf } from "./kept";
import { keepable, record, syncRequest, type Freshness } from "./progress";
import { acquireLease, findRequest, releaseLease, saveChanges, type RowChanges } from "./store";
import { toSnapshot, type TwilioSnapshot } from "./twilio-reads";

/**
 * THE spine of the update request: every step runs through runStep, which owns, in this order,
 * the lease (one step at a time per request, whatever the tabs or instances), the sync with
 * Twilio, the StatusCallback on the copy (set on every step until Twilio shows it), the step's
 * guard, then the step itself with helpers to record events, evaluate, audit and keep what it
 * learnt for the next step; a failure is recorded on the row for the page to show. Steps hold
 * only what is theirs.
 */
export type Actor =
  | { kind: "user"; ctx: AccountContext }
  /** The portal itself: a signed status callback, a background job. */
  | { kind: "system"; subaccountSid: string };

export const userActor = (ctx: AccountContext): Actor => ({ kind: "user", ctx });

export const statusCallbackUrl = () =>
  new URL("/api/twilio/status-callback", env.PUBLIC_BASE_URL).href;

export interface Run {
  readonly sub: string;
  readonly actorUserId: string | null;
  row: UpdateRequestRow;
  state: UpdateRequestState;
  snapshot: TwilioSnapshot;
  /** Applies an event (and what the step keeps with it); updates row and state when it moved. */
  record(
    event: UpdateRequestEvent,
    details?: Record<string, unknown>,
    changes?: RowChanges,
  ): Promise<{ moved: boolean; reason: string | undefined }>;
  /** Evaluates the copy, records the outcome and keeps the evaluation on the row. */
  evaluate(): Promise<Evaluation>;
  /** Twilio's answer to one of the step's own writes: what the next step may take as read. */
  keep(copy: KeptCopy | null, original?: Bundle | null): void;
  /** Writes columns that are not the workflow's (what the step keeps), to the current row. */
  remember(changes: RowChanges): Promise<void>;
  /**
   * A part of the step failed after its purpose was met (a save whose check did not run): the
   * step succeeds, and the page shows this failure and retries it.
   */
  noteFailure(step: string, error: unknown): void;
  /** Reads Twilio again (a step that needs the newest state midway, e.g. the finish). */
  resync(): Promise<void>;
  /** Points the copy's status callback at the portal unless Twilio already shows it. */
  ensureCallback(): Promise<void>;
  /**
   * Records the step on the account's Activity, as the user (or assisting staff) or, in a job,
   * as the portal; with the Bundle's name as Twilio last showed it, so the page never asks.
   */
  audit(
    action: string,
    details?: Record<string, unknown>,
    targetSid?: string | null,
  ): Promise<void>;
}

/** The original's friendly name from what the run read, or the copy's (a copy keeps it). */
function bundleNameOf(run: Run): string | null {
  return (
    run.snapshot.original?.friendlyName ||
    run.snapshot.copy?.bundle.friendlyName ||
    keptBaseline(run.row)?.bundle.friendlyName ||
    null
  );
}

export interface StepSpec<T> {
  /** Names the step in failures ("start", "save"…). */
  name: string;
  /** How current Twilio's view must be before the step acts (progress.ts). */
  freshness: Freshness;
  /** Another step holds the request: tell the caller to wait (default), or skip quietly. */
  whenBusy?: "refuse" | "skip";
  guard?: (state: UpdateRequestState) => GuardResult;
  act(run: Run): Promise<T>;
}

export type StepOutcome<T> = { ran: true; value: T; row: UpdateRequestRow } | { ran: false };

/** Failures worth showing on the page: Twilio or our side, not a refusal the step chose. */
function failureOf(step: string, error: unknown): StepFailure | null {
  if (error instanceof AppError && !(error instanceof GatewayError)) return null;
  const code = error instanceof GatewayError ? error.code : "internal:unknown";
  const shown = error instanceof GatewayError && error.visibility === "user";
  const message = shown ? error.userMessage : ERRORS["internal:unknown"].message;
  const messageKey = shown ? error.messageKey : defaultKey("internal:unknown");
  return {
    step,
    code,
    message,
    ...(messageKey ? { messageKey } : {}),
    at: new Date().toISOString(),
  };
}

/** Callbacks are settable until Twilio decides; after approval nothing more is reported. */
const CALLBACK_PHASES = new Set(["fixing", "ready", "rejected", "submitted", "in_review"]);

export async function runStep<T>(
  actor: Actor,
  opened: UpdateRequestRow,
  spec: StepSpec<T>,
): Promise<StepOutcome<T>> {
  const sub = actor.kind === "user" ? actor.ctx.account.subaccountSid : actor.subaccountSid;
  const actorUserId = actor.kind === "user" ? actor.ctx.user.id : null;
  if (!(await acquireLease(opened.id))) {
    if (spec.whenBusy === "skip") return { ran: false };
    throw new AppError("busy:update_request");
  }
  let keptChanged = false;
  let noted: StepFailure | null = null;
  try {
    const synced = await syncRequest(sub, opened, spec.freshness);
    const run: Run = {
      sub,
      actorUserId,
      row: synced.row,
      state: synced.state,
      snapshot: synced.snapshot,
      async record(event, details = {}, changes = {}) {
        const result = await record(run.row, event, actorUserId, details, changes);
        run.row = result.row;
        run.state = result.state;
        return { moved: result.moved, reason: result.reason };
      },
      async evaluate() {
        if (!run.row.copySid) throw new Error("evaluate without a copy");
        const evaluation = await createEvaluation(sub, run.row.copySid);
        const failedCount = evaluation.results.filter((r) => !r.passed).length;
        // The time recorded is ours, taken after Twilio answered: Twilio's dates have whole
        // seconds and could fall before an edit made a moment ago.
        await run.record(
          { type: "evaluated", status: evaluation.status, failedCount, at: new Date() },
          { status: evaluation.status, failedCount, evaluationSid: evaluation.sid },
          { evaluation },
        );
        return evaluation;
      },
      async remember(changes) {
        run.row = await saveChanges(run.row, changes);
      },
      noteFailure(step, error) {
        noted = failureOf(step, error);
        if (!noted) throw error;
      },
      keep(copy, original = run.snapshot.original) {
        run.snapshot = toSnapshot(original, copy);
        keptChanged = true;
      },
      async resync() {
        const again = await syncRequest(sub, await findRequest(run.row.id), "read");
        ({ row: run.row, state: run.state, snapshot: run.snapshot } = again);
        keptChanged = false;
      },
      async ensureCallback() {
        const copy = run.snapshot.copy?.bundle;
        if (run.row.callbackSetAt || !copy || !CALLBACK_PHASES.has(run.state.phase)) return;
        const url = statusCallbackUrl();
        let shown = copy.statusCallback === url ? copy : null;
        if (!shown) {
          try {
            const updated = await updateBundle(sub, copy.sid, { statusCallback: url });
            run.keep(run.snapshot.copy && { ...run.snapshot.copy, bundle: updated });
            shown = updated.statusCallback === url ? updated : null;
          } catch (error) {
            // Not this step's purpose: it goes on, and the next step tries again.
            if (!(error instanceof GatewayError && error.retryable)) throw error;
            console.warn(
              "[update] status callback not set yet; retried on the next step",
              error.code,
            );
          }
        }
        if (shown) run.row = await saveChanges(run.row, { callbackSetAt: new Date() });
      },
      async audit(action, details = {}, targetSid = run.row.originalSid) {
        const named = { bundleName: bundleNameOf(run), ...details };
        if (actor.kind === "user")
          await recordAudit(actor.ctx, { action, targetSid, details: named });
        else
          await recordSystemAudit({
            accountId: run.row.accountId,
            action,
            targetSid,
            details: named,
          });
      },
    };

    await run.ensureCallback();
    const guard = spec.guard?.(run.state);
    if (guard && !guard.ok)
      throw new AppError(guard.code, guard.message, { messageKey: guard.messageKey });
    const value = await spec.act(run);
    if (lastFailureOf(run.row) || noted || keptChanged)
      run.row = await saveChanges(run.row, {
        lastFailure: noted,
        ...(keptChanged ? { snapshot: keepable(run.snapshot) } : {}),
      });
    return { ran: true, value, row: run.row };
  } catch (error) {
    const failure = failureOf(spec.name, error);
    // The step may have written to Twilio before failing: what was kept no longer counts.
    if (failure)
      await saveChanges(await findRequest(opened.id), { lastFailure: failure, snapshot: null });
    throw error;
  } finally {
    await releaseLease(opened.id);
  }
}

/** A customer's (or assisting staff's) step on the open request of one of their Bundles. */
export async function userStep<T>(
  ctx: AccountContext,
  originalSid: string,
  spec: StepSpec<T>,
): Promise<T> {
  const opened = await requireOpenRequest(ctx, originalSid);
  const outcome = await runStep(userActor(ctx), opened, { ...spec, whenBusy: "refuse" });
  if (!outcome.ran) throw new AppError("busy:update_request");
  return outcome.value;
}
