import { EMULATOR_DEFAULTS } from "./defaults";
import { assignedItems } from "./items";
import { evaluateBundle } from "./rules/evaluate";
import { newSid } from "./sid";
import type { Store } from "./store";
import type { Bundle, Evaluation } from "./types";

/** Evaluates a bundle against its regulation as it is now, and stores the Evaluation. */
export function runEvaluation(store: Store, bundle: Bundle): Evaluation {
  const regulation = store.regulations.get(bundle.regulation_sid);
  if (!regulation) throw new Error(`regulation ${bundle.regulation_sid} missing`);
  const { endUsers, documents } = assignedItems(store, bundle.sid);
  const addressSids = new Set(store.addresses.by(bundle.account_sid).map((a) => a.sid));
  const outcome = evaluateBundle({ regulation, endUsers, documents, addressSids });
  const evaluation: Evaluation = {
    sid: newSid("EL"),
    account_sid: bundle.account_sid,
    regulation_sid: regulation.sid,
    bundle_sid: bundle.sid,
    status: outcome.status,
    results: outcome.results,
    date_created: store.now(),
  };
  store.evaluations.put(evaluation);
  // Bounded: a Bundle keeps its latest evaluations only (defaults: evaluationsKept).
  const kept = EMULATOR_DEFAULTS.evaluationsKept.value;
  if (store.evaluations.count(bundle.sid) > kept) {
    const all = store.evaluations.by(bundle.sid);
    for (const old of all.slice(0, all.length - kept)) store.evaluations.delete(old.sid);
  }
  return evaluation;
}
