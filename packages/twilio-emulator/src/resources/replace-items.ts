import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest } from "../errors";
import { created, type Ctx, type Handler } from "../http/context";
import { bundleCopyJson } from "../serialize/numbers";
import { newSid } from "../sid";
import type { Bundle } from "../types";
import { addressImmutable, sameAddresses } from "./item-locks";
import { findBundle } from "./lookup";

/** 22229: a document carried over from the original may change its metadata, not its address. */
function assertAddressesKept(ctx: Ctx, original: Bundle, from: Bundle): void {
  const originalDocs = new Set(ctx.store.itemAssignments.by(original.sid).map((a) => a.object_sid));
  for (const a of ctx.store.itemAssignments.by(from.sid)) {
    const doc = ctx.store.supportingDocuments.get(a.object_sid);
    const source = doc?.copied_from
      ? ctx.store.supportingDocuments.get(doc.copied_from)
      : undefined;
    if (!doc || !source || !originalDocs.has(source.sid)) continue;
    if (!sameAddresses(doc.attributes.address_sids, source.attributes.address_sids)) {
      throw addressImmutable();
    }
  }
}

/** POST /Bundles/{original}/ReplaceItems FromBundleSid={approved copy}: moves the copy's items in. */
export const replaceItems: Handler = (ctx) => {
  const original = findBundle(ctx, ctx.params.BundleSid!);
  const fromSid = ctx.body.required("FromBundleSid");
  if (fromSid === original.sid) {
    throw badRequest(22226, "The FromBundleSid cannot be the same as the Bundle being replaced");
  }
  const from = ctx.store.bundles.get(fromSid);
  if (!from || from.account_sid !== ctx.account.sid) {
    throw badRequest(22225, `The FromBundleSid ${fromSid} does not exist`);
  }
  if (
    original.status !== "twilio-approved" ||
    from.status !== "twilio-approved" ||
    from.copy_of !== original.sid
  ) {
    throw badRequest(
      22224,
      "Both Bundles must be twilio-approved and the FromBundleSid must be a Bundle Copy of the Bundle being replaced",
    );
  }
  // After a ReplaceItems the copy has no items and "is no longer usable" (the guide): a second
  // call would empty the original, so it is refused (defaults: replaceFromUsedCopy).
  if (ctx.store.itemAssignments.by(from.sid).length === 0) {
    throw badRequest(
      EMULATOR_DEFAULTS.replaceFromUsedCopy.code,
      "The FromBundleSid has no Item Assignments to transfer: a Bundle Copy is no longer usable after ReplaceItems",
    );
  }
  const regulation = ctx.store.regulations.get(original.regulation_sid);
  if (regulation && from.regulation_version < regulation.version) {
    throw badRequest(
      22228,
      "The FromBundleSid does not satisfy the latest requirements of its Regulation",
    );
  }
  assertAddressesKept(ctx, original, from);
  const now = ctx.store.now();
  for (const a of ctx.store.itemAssignments.by(original.sid))
    ctx.store.itemAssignments.delete(a.sid);
  for (const a of ctx.store.itemAssignments.by(from.sid)) {
    ctx.store.itemAssignments.delete(a.sid);
    ctx.store.itemAssignments.put({
      ...a,
      sid: newSid("BV"),
      bundle_sid: original.sid,
      date_created: now,
    });
  }
  original.valid_until = null;
  original.regulation_version = from.regulation_version;
  original.date_updated = now;
  from.date_updated = now;
  ctx.store.putBundle(from);
  ctx.store.putBundle(original);
  ctx.runtime.recomputeExpiry();
  return created(bundleCopyJson(original));
};
