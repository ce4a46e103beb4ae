import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest, invalidParam } from "../errors";
import { created, noContent, ok, RawJson, type Ctx, type Handler } from "../http/context";
import { numbersPageText } from "../http/paging";
import { rc } from "../http/urls";
import { scheduleAutoReview } from "../rules/review";
import { runEvaluation } from "../run-evaluation";
import { bundleJson, bundleJsonText } from "../serialize/numbers";
import { newSid } from "../sid";
import type { Bundle, BundleStatus } from "../types";
import { bundleComparator, bundlePredicate } from "./bundle-filters";
import { findBundle } from "./lookup";
import { resolveRegulation } from "./resolve-regulation";

const STATUSES: BundleStatus[] = [
  "draft",
  "pending-review",
  "in-review",
  "twilio-rejected",
  "twilio-approved",
  "provisionally-approved",
];

export const createBundle: Handler = (ctx) => {
  const friendlyName = ctx.body.required("FriendlyName");
  const email = ctx.body.required("Email");
  const regulation = resolveRegulation(ctx);
  const statusCallback = ctx.body.str("StatusCallback") ?? null;
  if (statusCallback !== null && !URL.canParse(statusCallback))
    throw invalidParam("StatusCallback", statusCallback);
  const now = ctx.store.now();
  const bundle: Bundle = {
    sid: newSid("BU"),
    account_sid: ctx.account.sid,
    regulation_sid: regulation.sid,
    friendly_name: friendlyName,
    status: "draft",
    email,
    status_callback: statusCallback,
    valid_until: null,
    date_created: now,
    date_updated: now,
    copy_of: null,
    is_test: ctx.body.bool("IsTest") ?? false,
    regulation_version: regulation.version,
  };
  return created(bundleJson(ctx.store.putBundle(bundle)));
};

/**
 * Filtered, sorted bundle lists per account and query, cached until the account's bundles change
 * (each change bumps its version), so paging through a large list re-filters nothing.
 */
const listCache = new WeakMap<object, Map<string, { version: number; rows: Bundle[] }>>();
const LIST_CACHE_SIZE = 64;

function cachedList(ctx: Ctx, key: string, build: () => Bundle[]): Bundle[] {
  let perStore = listCache.get(ctx.store);
  if (!perStore) listCache.set(ctx.store, (perStore = new Map()));
  const version = ctx.store.bundleVersion(ctx.account.sid);
  const hit = perStore.get(key);
  if (hit && hit.version === version) return hit.rows;
  const rows = build();
  perStore.delete(key);
  perStore.set(key, { version, rows });
  if (perStore.size > LIST_CACHE_SIZE) perStore.delete(perStore.keys().next().value!);
  return rows;
}

export const listBundles: Handler = (ctx) => {
  const predicate = bundlePredicate(ctx.query, (sid) => ctx.store.regulations.get(sid));
  const { key, compare } = bundleComparator(ctx.query);
  const filters = [...ctx.query.entries()].filter(
    ([k]) => !["PageSize", "Page", "PageToken"].includes(k),
  );
  const rows = cachedList(ctx, `${ctx.account.sid}|${key}|${JSON.stringify(filters)}`, () =>
    ctx.store.bundles.by(ctx.account.sid).filter(predicate).sort(compare),
  );
  return ok(numbersPageText(ctx.req, rows, "results", rc("/Bundles"), bundleJsonText));
};

export const fetchBundle: Handler = (ctx) =>
  ok(new RawJson(bundleJsonText(findBundle(ctx, ctx.params.Sid!))));

export const updateBundle: Handler = (ctx) => {
  const bundle = findBundle(ctx, ctx.params.Sid!);
  const status = ctx.body.str("Status");
  const props = ["FriendlyName", "Email", "StatusCallback"].filter((p) => ctx.body.has(p));
  if (status !== undefined) {
    if (!STATUSES.includes(status as BundleStatus))
      throw badRequest(22203, "Unable to parse bundle status");
    if (props.length > 0) {
      throw badRequest(
        22204,
        "Bundle status and other properties cannot be updated in the same request",
      );
    }
    submit(ctx, bundle, status as BundleStatus);
    return ok(bundleJson(bundle));
  }
  const callback = ctx.body.str("StatusCallback");
  if (callback !== undefined && callback !== "" && !URL.canParse(callback))
    throw invalidParam("StatusCallback", callback);
  if (ctx.body.has("FriendlyName")) bundle.friendly_name = ctx.body.required("FriendlyName");
  if (ctx.body.has("Email")) bundle.email = ctx.body.required("Email");
  if (callback !== undefined) bundle.status_callback = callback === "" ? null : callback;
  bundle.date_updated = ctx.store.now();
  return ok(bundleJson(ctx.store.putBundle(bundle)));
};

/** The customer may only submit (→ pending-review) a draft or rejected bundle, and only when compliant. */
function submit(ctx: Ctx, bundle: Bundle, status: BundleStatus): void {
  const allowed = EMULATOR_DEFAULTS.submittableStatuses.value as readonly string[];
  if (status !== "pending-review" || !allowed.includes(bundle.status)) {
    const { status: http, code } = EMULATOR_DEFAULTS.invalidStatusTransition;
    throw badRequest(
      code,
      `Bundle status cannot be changed from ${bundle.status} to ${status}`,
      http,
    );
  }
  const evaluation = runEvaluation(ctx.store, bundle);
  if (evaluation.status !== "compliant") {
    const { status: http, code, message } = EMULATOR_DEFAULTS.submitNoncompliant;
    throw badRequest(code, message, http);
  }
  for (const a of ctx.store.itemAssignments.by(bundle.sid)) {
    const doc = ctx.store.supportingDocuments.get(a.object_sid);
    if (doc && (doc.status === "draft" || doc.status === "rejected")) {
      Object.assign(doc, {
        status: "pending-review",
        failure_reason: null,
        errors: null,
        date_updated: ctx.store.now(),
      });
      ctx.store.supportingDocuments.put(doc);
    }
  }
  ctx.runtime.setStatus(bundle, "pending-review");
  scheduleAutoReview(ctx.runtime, bundle);
}

export const deleteBundle: Handler = (ctx) => {
  const bundle = findBundle(ctx, ctx.params.Sid!);
  if (bundle.status === "pending-review" || bundle.status === "in-review") {
    throw badRequest(21647, "Bundle cannot be deleted while it is pending review or in review");
  }
  if (ctx.store.phoneNumbers.by(bundle.account_sid).some((p) => p.bundle_sid === bundle.sid)) {
    throw badRequest(
      21648,
      "Bundle cannot be deleted because it is assigned to one or more phone numbers",
    );
  }
  for (const a of ctx.store.itemAssignments.by(bundle.sid)) ctx.store.itemAssignments.delete(a.sid);
  for (const e of ctx.store.evaluations.by(bundle.sid)) ctx.store.evaluations.delete(e.sid);
  ctx.store.bundles.delete(bundle.sid);
  ctx.runtime.recomputeExpiry();
  return noContent();
};
