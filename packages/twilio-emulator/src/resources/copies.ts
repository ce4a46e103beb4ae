import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest } from "../errors";
import { created, ok, type Ctx, type Handler } from "../http/context";
import { numbersPage } from "../http/paging";
import { rc } from "../http/urls";
import { bundleCopyJson } from "../serialize/numbers";
import { newSid } from "../sid";
import type { Bundle } from "../types";
import { assignedItems } from "../items";
import { addressSidsOf } from "./item-locks";
import { findBundle } from "./lookup";

/** Deep-copies an item (new IT/RD SID, same attributes, same file) and assigns it to the copy. */
function copyItem(ctx: Ctx, objectSid: string, copySid: string, now: number): void {
  let sid: string | null = null;
  const endUser = ctx.store.endUsers.get(objectSid);
  if (endUser) {
    sid = newSid("IT");
    ctx.store.endUsers.put({
      ...structuredClone(endUser),
      sid,
      date_created: now,
      date_updated: now,
      copied_from: endUser.sid,
    });
  }
  const doc = ctx.store.supportingDocuments.get(objectSid);
  if (doc) {
    sid = newSid("RD");
    ctx.store.supportingDocuments.put({
      ...structuredClone(doc),
      sid,
      status: "draft",
      failure_reason: null,
      errors: null,
      date_created: now,
      date_updated: now,
      copied_from: doc.sid,
    });
  }
  if (sid) {
    ctx.store.itemAssignments.put({
      sid: newSid("BV"),
      bundle_sid: copySid,
      account_sid: ctx.account.sid,
      object_sid: sid,
      date_created: now,
    });
  }
}

/** 22230: a Bundle whose documents name an Address that was deleted cannot be copied. */
function assertAddressesExist(ctx: Ctx, original: Bundle): void {
  for (const doc of assignedItems(ctx.store, original.sid).documents) {
    for (const sid of addressSidsOf(doc)) {
      const address = ctx.store.addresses.get(sid);
      if (!address || address.account_sid !== original.account_sid) {
        throw badRequest(
          EMULATOR_DEFAULTS.copyWithDeletedAddress.code,
          `Regulatory Bundle cannot be copied due to a deleted Address: ${sid} on Supporting Document ${doc.sid}`,
        );
      }
    }
  }
}

export const createBundleCopy: Handler = (ctx) => {
  const original = findBundle(ctx, ctx.params.BundleSid!);
  if (original.status !== "twilio-approved" || original.valid_until === null) {
    throw badRequest(
      22223,
      "Regulatory Bundle is not eligible to be Copied. The Bundle is either not in a twilio-approved status or does not have a valid_until date.",
    );
  }
  assertAddressesExist(ctx, original);
  const now = ctx.store.now();
  const copy: Bundle = {
    ...original,
    sid: newSid("BU"),
    friendly_name: ctx.body.str("FriendlyName") || original.friendly_name,
    status: "draft",
    // defaults: copyValidUntil (the approved copy's callback in the guide carries none).
    valid_until:
      EMULATOR_DEFAULTS.copyValidUntil.value === "original" ? original.valid_until : null,
    date_created: now,
    date_updated: now,
    copy_of: original.sid,
  };
  ctx.store.putBundle(copy);
  for (const a of ctx.store.itemAssignments.by(original.sid))
    copyItem(ctx, a.object_sid, copy.sid, now);
  return created(bundleCopyJson(copy));
};

export const listBundleCopies: Handler = (ctx) => {
  const original = findBundle(ctx, ctx.params.BundleSid!);
  const rows = ctx.store.bundles
    .by(ctx.account.sid)
    .filter((b) => b.copy_of === original.sid)
    .sort((a, b) => b.date_created - a.date_created);
  return ok(
    numbersPage(ctx.req, rows, "results", rc(`/Bundles/${original.sid}/Copies`), bundleCopyJson),
  );
};
