import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest, type TwilioApiError } from "../errors";
import { bundlesOf } from "../items";
import type { Store } from "../store";
import type { Bundle, SupportingDocument } from "../types";

/**
 * 22229: in a Bundle Copy, a Supporting Document carried over from the original keeps its
 * Address: its assignment cannot be removed and its address_sids cannot change ("metadata can be
 * updated but the Address is immutable"). ReplaceItems checks the same against the original.
 */
export const addressImmutable = (): TwilioApiError =>
  badRequest(
    EMULATOR_DEFAULTS.addressImmutableInCopy.code,
    "Supporting Document Bundle Assignment cannot be removed. The destination Bundle must have the same address as the Bundle Copy. Metadata of the Supporting Document can be updated but the Address is immutable.",
  );

export const addressSidsOf = (doc: SupportingDocument): string[] =>
  Array.isArray(doc.attributes.address_sids)
    ? doc.attributes.address_sids.filter((s): s is string => typeof s === "string")
    : [];

export const sameAddresses = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[] | undefined) ?? [])].sort()) ===
  JSON.stringify([...((b as string[] | undefined) ?? [])].sort());

/** A carried-over document with an Address, as it sits in a Bundle Copy. */
function carriesLockedAddress(doc: SupportingDocument): boolean {
  return !!doc.copied_from && addressSidsOf(doc).length > 0;
}

/** Removing this document's assignment from this bundle would drop the copy's Address. */
export function assertAssignmentRemovable(store: Store, bundle: Bundle, objectSid: string): void {
  if (!bundle.copy_of || !objectSid.startsWith("RD")) return;
  const doc = store.supportingDocuments.get(objectSid);
  if (doc && carriesLockedAddress(doc)) throw addressImmutable();
}

/** An update would change the address_sids of a carried-over document. */
export function assertAddressKept(
  doc: SupportingDocument,
  attributes: Record<string, unknown> | undefined,
): void {
  if (attributes === undefined || !carriesLockedAddress(doc)) return;
  if (!sameAddresses(attributes.address_sids, addressSidsOf(doc))) throw addressImmutable();
}

/**
 * An End-User or Supporting Document assigned to a Bundle that is not editable (approved, under
 * review) cannot change: Twilio's way to change approved data is a Bundle Copy, "a mutable state"
 * (defaults: approvedItemsImmutable).
 */
export function assertItemMutable(store: Store, objectSid: string): void {
  const editable = EMULATOR_DEFAULTS.editableStatuses.value as readonly string[];
  const locked = bundlesOf(store, objectSid).find((b) => !editable.includes(b.status));
  if (!locked) return;
  const { status, code } = EMULATOR_DEFAULTS.approvedItemsImmutable;
  const kind = objectSid.startsWith("IT") ? "End-User" : "Supporting Document";
  throw badRequest(
    code,
    `The ${kind} ${objectSid} is assigned to Bundle ${locked.sid} in status ${locked.status} and cannot be changed; create a Bundle Copy to update it`,
    status,
  );
}
