/**
 * "What will change": the copy's items against the original's, for the review before submit.
 * Items are matched by type (End-Users by individual/business, documents by document type, in
 * order when a type repeats); unmatched documents are added or removed.
 */
import type { Attributes, EndUser, Regulation, SupportingDocument } from "@/lib/domain/types";
import { fieldLabel } from "./field-kind";
import { fieldsOf } from "./regulation-index";
import type { FieldDescriptor } from "./types";

export interface ItemSet {
  endUsers: EndUser[];
  documents: SupportingDocument[];
}

export type DiffValue = string | string[] | null;

export interface FieldChange {
  field: string;
  label?: string;
  before: DiffValue;
  after: DiffValue;
}

export interface ItemRef {
  kind: "end_user" | "supporting_document";
  sid: string;
  type: string;
  friendlyName: string;
}

export interface ItemDiff {
  kind: "end_user" | "supporting_document";
  type: string;
  title: string;
  originalSid: string;
  copySid: string;
  changes: FieldChange[];
}

export interface ItemsDiff {
  items: ItemDiff[];
  added: ItemRef[];
  removed: ItemRef[];
  hasChanges: boolean;
}

export interface DiffOptions {
  /** Field labels come from the regulation's definitions when given. */
  regulation?: Regulation;
}

function value(v: unknown): DiffValue {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x.trim() : JSON.stringify(x)));
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

function same(a: DiffValue, b: DiffValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sortedB = [...b].sort();
    return a.length === b.length && [...a].sort().every((x, i) => x === sortedB[i]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    const list = (Array.isArray(a) ? a : b) as string[];
    return list.length === 0 && (Array.isArray(a) ? b : a) === null;
  }
  return a === b;
}

export function attributeChanges(
  before: Attributes,
  after: Attributes,
  labels: ReadonlyMap<string, string> = new Map(),
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const b = value(before[field]);
    const a = value(after[field]);
    if (same(b, a)) continue;
    const label = labels.get(field);
    changes.push(label ? { field, label, before: b, after: a } : { field, before: b, after: a });
  }
  return changes;
}

/**
 * The labels of a section's fields whose value a save changed, in the section's order, for the
 * Activity page ("Changed Business name in Business details"). Values are left out on purpose:
 * the log names what changed, not the customer's data.
 */
export function changedFieldLabels(
  fields: readonly FieldDescriptor[],
  before: Attributes,
  after: Attributes,
): string[] {
  const changed = new Set(attributeChanges(before, after).map((c) => c.field));
  return [...new Set(fields.filter((f) => changed.has(f.name)).map((f) => f.label))];
}

function labelsOf(regulation: Regulation | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  if (!regulation) return labels;
  const reqs = [
    ...regulation.requirements.endUser,
    ...regulation.requirements.supportingDocument.flat().flatMap((r) => r.acceptedDocuments),
  ];
  for (const req of reqs)
    for (const f of fieldsOf(req))
      if (!labels.has(f.machineName)) labels.set(f.machineName, fieldLabel(f));
  return labels;
}

type Item = (EndUser | SupportingDocument) & { kind: ItemRef["kind"] };

function pair(original: Item[], copy: Item[]) {
  const left = [...copy];
  const matched: Array<[Item, Item]> = [];
  const removed: Item[] = [];
  for (const o of original) {
    const at = left.findIndex((c) => c.kind === o.kind && c.type === o.type);
    const c = at >= 0 ? left.splice(at, 1)[0] : undefined;
    if (c) matched.push([o, c]);
    else removed.push(o);
  }
  return { matched, removed, added: left };
}

const ref = (i: Item): ItemRef => ({
  kind: i.kind,
  sid: i.sid,
  type: i.type,
  friendlyName: i.friendlyName,
});

export function diffItems(original: ItemSet, copy: ItemSet, opts: DiffOptions = {}): ItemsDiff {
  const tag = (set: ItemSet): Item[] => [
    ...set.endUsers.map((e) => ({ ...e, kind: "end_user" as const })),
    ...set.documents.map((d) => ({ ...d, kind: "supporting_document" as const })),
  ];
  const labels = labelsOf(opts.regulation);
  const { matched, removed, added } = pair(tag(original), tag(copy));
  const items = matched.map(([o, c]): ItemDiff => ({
    kind: o.kind,
    type: o.type,
    title: c.friendlyName || o.friendlyName || o.type,
    originalSid: o.sid,
    copySid: c.sid,
    changes: attributeChanges(o.attributes, c.attributes, labels),
  }));
  return {
    items,
    added: added.map(ref),
    removed: removed.map(ref),
    hasChanges: added.length > 0 || removed.length > 0 || items.some((i) => i.changes.length > 0),
  };
}

/** What the customer changed on one item in this update (lib/dal/update-requests/edits.ts). */
export interface EditedItem {
  /** null: every field of the item counts (an older record did not say which). */
  fields: string[] | null;
}

/**
 * The diff narrowed to the customer's own changes: items they changed, and on each only the
 * fields they changed. A difference between the copy and the original that the customer did not
 * make here (a copy adopted from an earlier attempt, say) is not presented as theirs.
 */
export function onlyEdited(diff: ItemsDiff, edits: ReadonlyMap<string, EditedItem>): ItemsDiff {
  const items = diff.items
    .filter((i) => edits.has(i.copySid))
    .map((i) => {
      const fields = edits.get(i.copySid)?.fields ?? null;
      return fields === null ? i : { ...i, changes: i.changes.filter((c) => fields.includes(c.field)) };
    });
  const added = diff.added.filter((a) => edits.has(a.sid));
  const addedTypes = new Set(added.map((a) => a.type));
  const removed = diff.removed.filter((r) => addedTypes.has(r.type));
  return {
    items,
    added,
    removed,
    hasChanges: added.length > 0 || removed.length > 0 || items.some((i) => i.changes.length > 0),
  };
}
