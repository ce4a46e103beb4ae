import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest, notFound } from "../errors";
import { created, noContent, ok, resourcePath, type Ctx, type Handler } from "../http/context";
import { numbersPage } from "../http/paging";
import { rc } from "../http/urls";
import { itemAssignmentJson } from "../serialize/numbers";
import { newSid } from "../sid";
import type { Bundle } from "../types";
import { assertAssignmentRemovable } from "./item-locks";
import { findBundle } from "./lookup";

/** Items change only while the bundle is editable (draft, or rejected and being fixed). */
function assertEditable(bundle: Bundle): void {
  const editable = EMULATOR_DEFAULTS.editableStatuses.value as readonly string[];
  if (!editable.includes(bundle.status)) {
    const { status, code } = EMULATOR_DEFAULTS.itemsNotEditable;
    throw badRequest(
      code,
      `Items of a Bundle in status ${bundle.status} cannot be changed`,
      status,
    );
  }
}

function assertAssignable(ctx: Ctx, objectSid: string): void {
  if (!/^[a-zA-Z]{2}[0-9a-fA-F]{32}$/.test(objectSid)) {
    throw badRequest(22205, `The object_sid ${objectSid} is not valid`);
  }
  if (!objectSid.startsWith("IT") && !objectSid.startsWith("RD")) {
    throw badRequest(
      22206,
      "The object_sid provided was not a Supporting Document Sid or an End-User Sid",
    );
  }
  const item = objectSid.startsWith("IT")
    ? ctx.store.endUsers.get(objectSid)
    : ctx.store.supportingDocuments.get(objectSid);
  if (!item || item.account_sid !== ctx.account.sid) {
    throw badRequest(22205, `The object_sid ${objectSid} was not found on this Account`);
  }
}

export const createItemAssignment: Handler = (ctx) => {
  const bundle = findBundle(ctx, ctx.params.BundleSid!);
  const objectSid = ctx.body.required("ObjectSid");
  assertAssignable(ctx, objectSid);
  assertEditable(bundle);
  if (ctx.store.itemAssignments.by(bundle.sid).some((a) => a.object_sid === objectSid)) {
    throw badRequest(20001, `The object_sid ${objectSid} is already assigned to this Bundle`);
  }
  const assignment = ctx.store.itemAssignments.put({
    sid: newSid("BV"),
    bundle_sid: bundle.sid,
    account_sid: ctx.account.sid,
    object_sid: objectSid,
    date_created: ctx.store.now(),
  });
  bundle.date_updated = ctx.store.now();
  ctx.store.putBundle(bundle);
  return created(itemAssignmentJson(assignment));
};

export const listItemAssignments: Handler = (ctx) => {
  const bundle = findBundle(ctx, ctx.params.BundleSid!);
  const rows = ctx.store.itemAssignments.by(bundle.sid);
  return ok(
    numbersPage(
      ctx.req,
      rows,
      "results",
      rc(`/Bundles/${bundle.sid}/ItemAssignments`),
      itemAssignmentJson,
    ),
  );
};

function findAssignment(ctx: Ctx) {
  const bundle = findBundle(ctx, ctx.params.BundleSid!);
  const assignment = ctx.store.itemAssignments.get(ctx.params.Sid!);
  if (!assignment || assignment.bundle_sid !== bundle.sid) throw notFound(resourcePath(ctx));
  return { bundle, assignment };
}

export const fetchItemAssignment: Handler = (ctx) =>
  ok(itemAssignmentJson(findAssignment(ctx).assignment));

export const deleteItemAssignment: Handler = (ctx) => {
  const { bundle, assignment } = findAssignment(ctx);
  assertEditable(bundle);
  assertAssignmentRemovable(ctx.store, bundle, assignment.object_sid);
  ctx.store.itemAssignments.delete(assignment.sid);
  bundle.date_updated = ctx.store.now();
  ctx.store.putBundle(bundle);
  return noContent();
};
