import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import {
  addressOptions,
  diffItems,
  type AddressOption,
  type ItemsDiff,
  type RequirementForm,
} from "@/lib/requirements";
import type { Bundle } from "@/lib/twilio";
import {
  describe,
  fromStored,
  stepOf,
  type Description,
  type Progress,
  type UpdateRequestState,
} from "@/lib/workflow";
import { requireOriginal } from "./authorize";
import { baselineOf } from "./baseline";
import { readsCountFrom } from "./recent-original";
import { buildFixForm } from "./fix-form";
import { cachedItems } from "./item-cache";
import { findLatestRequest, listEvents, toStoredRequest } from "./store";
import { syncRequest } from "./sync";
import { toTimeline, type TimelineEntry } from "./timeline";

export interface UpdateView {
  original: Bundle;
  request: {
    id: string;
    phase: UpdateRequestState["phase"];
    copySid: string | null;
    description: Description;
    progress: Progress;
    rejectionReasons: string[];
    timeline: TimelineEntry[];
  } | null;
  /** While the copy is editable: the generated form and the account's addresses. */
  fix: { form: RequirementForm; addresses: AddressOption[] } | null;
  /** Once the copy passes its check: what will change in the original. */
  changes: ItemsDiff | null;
}

const EDITABLE = new Set(["fixing", "ready", "rejected"]);

/**
 * Everything the update page shows, reconciled with Twilio first. Only reads (Twilio and our
 * database); the steps that change anything are the actions.
 */
export async function getUpdateView(ctx: AccountContext, originalSid: string): Promise<UpdateView> {
  const sub = ctx.account.subaccountSid;
  const latest = await findLatestRequest(ctx.account.id, originalSid);
  const closed = !latest || latest.phase === "done" || latest.phase === "cancelled";
  // An open request is synced, which reads the original with the account's own credentials;
  // otherwise the original is read (and authorized) on its own.
  const synced = closed ? null : await syncRequest(sub, latest, { reuseRecent: true });
  const original =
    synced?.snapshot.original ??
    (await requireOriginal(ctx, originalSid, { recent: { notBefore: readsCountFrom(latest) } }));
  if (!latest) return { original, request: null, fix: null, changes: null };
  const row = synced?.row ?? latest;
  const state = synced?.state ?? fromStored(toStoredRequest(latest));
  const copy = synced?.snapshot.copy ?? null;

  let fix: UpdateView["fix"] = null;
  let changes: ItemsDiff | null = null;
  if (copy && EDITABLE.has(state.phase)) {
    const built = await buildFixForm(sub, row, copy);
    fix = { form: built.form, addresses: addressOptions(built.addresses) };
    const currentOriginal = synced?.snapshot.original;
    if (state.phase === "ready" && currentOriginal) {
      const before = baselineOf(row.id) ?? (await cachedItems(sub, currentOriginal, "original"));
      changes = diffItems(
        { endUsers: before.endUsers, documents: before.supportingDocuments },
        { endUsers: copy.endUsers, documents: copy.supportingDocuments },
        { regulation: built.regulation },
      );
    }
  }
  // Only the draft phases (fixing, ready, rejected) carry the reviewer's last answer.
  const reasons = ("rejection" in state && state.rejection?.reasons) || [];
  // Count what the customer sees: form sections, not Twilio's requirements (one document can
  // fail several requirements at once).
  const description = describe(state, { sectionsToFix: fix?.form.groups.length });
  return {
    original,
    request: {
      id: row.id,
      phase: state.phase,
      copySid: row.copySid,
      description,
      progress: stepOf(state),
      rejectionReasons: reasons,
      timeline: toTimeline(await listEvents(row.id), ctx.user.id),
    },
    fix,
    changes,
  };
}
