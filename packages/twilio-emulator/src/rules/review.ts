import { EMULATOR_DEFAULTS } from "../defaults";
import { assignedItems } from "../items";
import { runEvaluation } from "../run-evaluation";
import type { Runtime } from "../runtime";
import type { Bundle } from "../types";

/** A rejection reason: plain text, or aimed at one document (by SID or type) with an 18xxx code. */
export type RejectionReason =
  string | { documentSid?: string; documentType?: string; reason: string; code?: number };

export class ReviewRefused extends Error {}

/** pending-review → in-review (a callback for each step). */
export function startReview(runtime: Runtime, bundle: Bundle): void {
  if (bundle.status === "pending-review") runtime.setStatus(bundle, "in-review");
}

/** Twilio's decision: approval approves every document; rejection marks the documents at fault. */
export function decideReview(
  runtime: Runtime,
  bundle: Bundle,
  decision: "approve" | "reject",
  reasons: RejectionReason[] = [],
): void {
  if (bundle.status !== "pending-review" && bundle.status !== "in-review") {
    throw new ReviewRefused(`Bundle ${bundle.sid} is ${bundle.status}, not under review`);
  }
  startReview(runtime, bundle);
  const { store } = runtime;
  const regulation = store.regulations.get(bundle.regulation_sid);
  const { documents } = assignedItems(store, bundle.sid);
  const now = store.now();
  if (decision === "approve" && !bundle.is_test) {
    for (const d of documents) {
      Object.assign(d, {
        status: "approved",
        failure_reason: null,
        errors: null,
        date_updated: now,
      });
      store.supportingDocuments.put(d);
    }
    bundle.regulation_version = regulation?.version ?? bundle.regulation_version;
    runtime.setStatus(bundle, "twilio-approved");
    return;
  }
  if (bundle.is_test) return rejectTest(runtime, bundle);
  const list: RejectionReason[] =
    reasons.length > 0 ? reasons : ["The supporting documents do not meet the requirements."];
  const atFault = new Map<string, { reasons: string[]; code: number }>();
  for (const r of list) {
    const reason = typeof r === "string" ? r : r.reason;
    const code =
      typeof r === "string"
        ? EMULATOR_DEFAULTS.defaultRejectionCode.value
        : (r.code ?? EMULATOR_DEFAULTS.defaultRejectionCode.value);
    const targets =
      typeof r === "string" || (!r.documentSid && !r.documentType)
        ? documents.slice(0, 1)
        : documents.filter((d) => d.sid === r.documentSid || d.type === r.documentType);
    for (const d of targets) {
      const entry = atFault.get(d.sid) ?? { reasons: [], code };
      entry.reasons.push(reason);
      atFault.set(d.sid, entry);
    }
  }
  for (const d of documents) {
    const fault = atFault.get(d.sid);
    Object.assign(
      d,
      fault
        ? {
            status: "rejected",
            failure_reason: fault.reasons.join(" "),
            errors: [{ code: fault.code }],
          }
        : { status: "approved", failure_reason: null, errors: null },
    );
    d.date_updated = now;
    store.supportingDocuments.put(d);
  }
  runtime.setStatus(
    bundle,
    "twilio-rejected",
    list.map((r) => (typeof r === "string" ? r : r.reason)).join(" "),
  );
}

/** An IsTest Bundle is rejected, every document with 18099 "Rejected test bundle". */
function rejectTest(runtime: Runtime, bundle: Bundle): void {
  const { store } = runtime;
  const { code, reason } = EMULATOR_DEFAULTS.testBundle;
  for (const d of assignedItems(store, bundle.sid).documents) {
    Object.assign(d, {
      status: "rejected",
      failure_reason: reason,
      errors: [{ code }],
      date_updated: store.now(),
    });
    store.supportingDocuments.put(d);
  }
  runtime.setStatus(bundle, "twilio-rejected", reason);
}

/** Automatic review: approve when compliant, else reject with the evaluation's failures as reasons. */
export function autoReview(runtime: Runtime, bundle: Bundle): void {
  if (bundle.status !== "pending-review" && bundle.status !== "in-review") return;
  const evaluation = runEvaluation(runtime.store, bundle);
  if (evaluation.status === "compliant") return decideReview(runtime, bundle, "approve");
  const { documents } = assignedItems(runtime.store, bundle.sid);
  const reasons: RejectionReason[] = evaluation.results
    .filter((r) => !r.passed)
    .map((r) => ({
      documentSid: documents.find((d) => d.type === r.object_type)?.sid,
      reason: r.failure_reason ?? `${r.requirement_friendly_name} does not meet the requirements.`,
      code: 18001,
    }));
  decideReview(runtime, bundle, "reject", reasons);
}

/** Schedules the automatic review of a just-submitted bundle when review mode is automatic. */
export function scheduleAutoReview(runtime: Runtime, bundle: Bundle): void {
  const sid = bundle.sid;
  if (bundle.is_test) {
    // "Test Bundle and will be Auto-Rejected" (the spec), whatever the review mode.
    runtime.schedule(0, () => {
      const b = runtime.store.bundles.get(sid);
      if (b) decideReview(runtime, b, "reject");
    });
    return;
  }
  const mode = runtime.store.reviewMode;
  if (mode.mode !== "auto") return;
  const total = mode.delay_seconds * 1000;
  runtime.schedule(total * EMULATOR_DEFAULTS.autoReviewInReviewFraction.value, () => {
    const b = runtime.store.bundles.get(sid);
    if (b) startReview(runtime, b);
  });
  runtime.schedule(total, () => {
    const b = runtime.store.bundles.get(sid);
    if (b) autoReview(runtime, b);
  });
}
