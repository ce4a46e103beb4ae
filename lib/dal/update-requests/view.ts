import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import type { UpdateRequestRow } from "@/lib/db/schema";
import {
  addressOptions,
  diffItems,
  onlyEdited,
  placeReasons,
  reviewItems,
  type ReviewItem,
  type AddressOption,
  type ItemsDiff,
  type RequirementForm,
} from "@/lib/requirements";
import { fetchBundleItems } from "@/lib/twilio";
import type { Bundle } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import {
  describe,
  fromStored,
  nextActionFor,
  stepOf,
  type Description,
  type Progress,
  type UpdateRequestState,
} from "@/lib/workflow";
import { requireOriginal } from "./authorize";
import { editsOf, replacedSids } from "./edits";
import { buildFixForm } from "./fix-form";
import { keptBaseline, lastFailureOf, type StepFailure } from "./kept";
import { readsCountFrom } from "./original-reads";
import { syncRequest } from "./progress";
import { findLatestRequest, listEvents, saveChanges, toStoredRequest } from "./store";
import { earlierReasons, toTimeline, type TimelineEntry } from "./timeline";

export interface UpdateView {
  original: Bundle;
  request: {
    id: string;
    phase: UpdateRequestState["phase"];
    copySid: string | null;
    description: Description;
    progress: Progress;
    timeline: TimelineEntry[];
    /** The last step that failed (Twilio unreachable, say), until a step succeeds. */
    failure: StepFailure | null;
    /** The copy has changed since its last check (or was never checked): check it now. */
    needsCheck: boolean;
  } | null;
  /** While the copy is editable: the generated form and the account's addresses. */
  fix: { form: RequirementForm; addresses: AddressOption[] } | null;
  /** Once the copy passes its check: what will change in the original (the customer's edits). */
  changes: ItemsDiff | null;
  /** Once the copy passes its check: every item and value it will submit, for the review. */
  review: ReviewItem[] | null;
}

const EDITABLE = new Set(["fixing", "ready", "rejected"]);

/**
 * The original's content to compare the copy with: the copy as Twilio made it (kept at Start),
 * or, for an adopted copy, the original's items, read once and kept.
 */
async function baselineOf(sub: string, row: UpdateRequestRow, original: Bundle) {
  const kept = keptBaseline(row);
  if (kept) return { items: kept, row };
  const items = await fetchBundleItems(sub, original);
  return { items, row: await saveChanges(row, { baseline: items }) };
}

/**
 * Everything the update page shows, reconciled with Twilio first (or with what the last step
 * kept, if nothing changed since). Only reads, and keeps what it read on the row; the steps
 * that change anything are the actions. `locale`: the customer's language for the form's
 * titles, advice, address groups and the review's dates (the page passes the request's).
 */
export async function getUpdateView(
  ctx: AccountContext,
  originalSid: string,
  options: { editing?: string | undefined; locale?: Locale } = {},
): Promise<UpdateView> {
  const locale = options.locale ?? "en";
  const sub = ctx.account.subaccountSid;
  const latest = await findLatestRequest(ctx.account.id, originalSid);
  const closed = !latest || latest.phase === "done" || latest.phase === "cancelled";
  // An open request is synced, which reads the original with the account's own credentials;
  // otherwise the original is read (and authorized) on its own.
  const synced = closed ? null : await syncRequest(sub, latest, "kept");
  const original =
    synced?.snapshot.original ??
    (await requireOriginal(ctx, originalSid, { recent: { notBefore: readsCountFrom(latest) } }));
  if (!latest) return { original, request: null, fix: null, changes: null, review: null };
  let row = synced?.row ?? latest;
  const state = synced?.state ?? fromStored(toStoredRequest(latest));
  const copy = synced?.snapshot.copy ?? null;

  let fix: UpdateView["fix"] = null;
  let changes: ItemsDiff | null = null;
  let review: ReviewItem[] | null = null;
  const events = await listEvents(row.id);
  if (copy && EDITABLE.has(state.phase)) {
    // "Edit" from the review opens a passing item as a section (only the copy's own items can).
    const editing = options.editing ? new Set([options.editing]) : null;
    const [t, tAddress] = await Promise.all([
      translatorFor(locale, "Guidance"),
      translatorFor(locale, "Address"),
    ]);
    const built = await buildFixForm(sub, row, copy, { t, ...(editing ? { editing } : {}) });
    if (built.evaluationRead) row = await saveChanges(row, { evaluation: built.evaluation });
    fix = {
      form: built.form,
      addresses: addressOptions(built.addresses, {
        country: built.regulation.isoCountry,
        t: tAddress,
        locale,
      }),
    };
    if (state.phase === "ready" && synced?.snapshot.original) {
      const before = await baselineOf(sub, row, synced.snapshot.original);
      row = before.row;
      const edits = editsOf(events);
      const superseded = replacedSids(events);
      changes = onlyEdited(
        diffItems(
          { endUsers: before.items.endUsers, documents: before.items.supportingDocuments },
          {
            endUsers: copy.endUsers,
            // A replaced document Twilio keeps (22229) is not the one the change is compared to.
            documents: copy.supportingDocuments.filter((d) => !superseded.has(d.sid)),
          },
          { regulation: built.regulation },
        ),
        edits,
      );
      review = reviewItems({
        regulation: built.regulation,
        endUsers: copy.endUsers,
        documents: copy.supportingDocuments,
        addresses: built.addresses,
        edits,
        superseded,
        t,
        locale,
      });
    }
  }
  // Only the draft phases (fixing, ready, rejected) carry the reviewer's last answer.
  const reasons = ("rejection" in state && state.rejection?.reasons) || [];
  // Each reason in one place: beside its document, else in the status; new ones marked.
  let unplaced = reasons;
  if (fix) {
    const placed = placeReasons(fix.form.groups, reasons, earlierReasons(events));
    fix = { ...fix, form: { ...fix.form, groups: placed.groups } };
    unplaced = placed.unplaced;
  }
  // Count what the customer sees: form sections, not Twilio's requirements (one document can
  // fail several requirements at once).
  // The status and history in the viewer's language too.
  const [tStatus, tTimeline] = await Promise.all([
    translatorFor(locale, "UpdateStatus"),
    translatorFor(locale, "Timeline"),
  ]);
  const description = describe(state, tStatus, {
    sectionsToFix: fix?.form.groups.length,
    reasons: unplaced,
  });
  return {
    original,
    request: {
      id: row.id,
      phase: state.phase,
      copySid: row.copySid,
      description,
      progress: stepOf(state),
      timeline: toTimeline(events, ctx.user.id, tTimeline),
      failure: lastFailureOf(row),
      needsCheck: nextActionFor(state).kind === "evaluate",
    },
    fix,
    changes,
    review,
  };
}
