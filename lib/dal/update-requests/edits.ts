/**
 * What the customer changed in this update, from the request's `item_changed` events: which
 * item, which of its fields, and the file they uploaded (name, size, type — never its bytes).
 * The review and "what will change" show these and only these (issue 15), so a difference the
 * customer did not make here (a copy adopted from elsewhere, say) is never presented as theirs.
 */
import type { UpdateRequestEventRow } from "@/lib/db/schema";
import { attributeChanges } from "@/lib/requirements";
import type { Attributes } from "@/lib/domain/types";

export interface UploadNote {
  name: string;
  size: number;
  mimeType: string;
}

export interface ItemEdit {
  itemSid: string;
  groupId: string;
  /** The fields changed by the customer; null when an older event did not say (all count). */
  fields: string[] | null;
  file: UploadNote | null;
  at: string;
}

/** The details an `item_changed` event records beside the group and item. */
export function editDetails(input: {
  before: Attributes;
  after: Attributes;
  upload: { file: File; mimeType: string } | undefined;
  replacedSid: string | null;
}) {
  const fields = attributeChanges(input.before, input.after).map((c) => c.field);
  const file: UploadNote | null = input.upload
    ? {
        name: input.upload.file.name,
        size: input.upload.file.size,
        mimeType: input.upload.mimeType,
      }
    : null;
  return { fields, file, replacedSid: input.replacedSid };
}

const isNote = (v: unknown): v is UploadNote =>
  !!v &&
  typeof v === "object" &&
  typeof (v as UploadNote).name === "string" &&
  typeof (v as UploadNote).size === "number";

/**
 * Per item now on the copy, everything the customer changed on it. A document replaced by a new
 * one hands its edits on to the new one, so a chain of replacements reads as one document.
 */
export function editsOf(events: readonly UpdateRequestEventRow[]): Map<string, ItemEdit> {
  const edits = new Map<string, ItemEdit>();
  for (const e of events) {
    if (e.type !== "item_changed") continue;
    const d = e.details;
    const itemSid = typeof d.itemSid === "string" ? d.itemSid : null;
    if (!itemSid) continue;
    const replaced = typeof d.replacedSid === "string" ? edits.get(d.replacedSid) : undefined;
    if (typeof d.replacedSid === "string") edits.delete(d.replacedSid);
    const earlier = edits.get(itemSid) ?? replaced;
    const fields = Array.isArray(d.fields)
      ? d.fields.filter((f): f is string => typeof f === "string")
      : null;
    const merged =
      fields === null || (earlier && earlier.fields === null)
        ? null
        : [...new Set([...(earlier?.fields ?? []), ...fields])];
    edits.set(itemSid, {
      itemSid,
      groupId: typeof d.groupId === "string" ? d.groupId : "",
      fields: merged,
      file: isNote(d.file) ? d.file : (earlier?.file ?? null),
      at: e.occurredAt.toISOString(),
    });
  }
  return edits;
}

/** Documents the customer replaced in this update (Twilio may keep one assigned, 22229). */
export function replacedSids(events: readonly UpdateRequestEventRow[]): Set<string> {
  const sids = new Set<string>();
  for (const e of events)
    if (e.type === "item_changed" && typeof e.details.replacedSid === "string")
      sids.add(e.details.replacedSid);
  return sids;
}
