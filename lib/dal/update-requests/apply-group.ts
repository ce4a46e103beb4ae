import "server-only";
import { mergeAttributes, type FormGroup, type GroupValues } from "@/lib/requirements";
import {
  createEndUser,
  createItemAssignment,
  createSupportingDocument,
  deleteItemAssignment,
  fetchEndUser,
  GatewayError,
  fetchSupportingDocument,
  updateEndUser,
  updateSupportingDocument,
  uploadSupportingDocument,
  type BundleWithItems,
} from "@/lib/twilio";
import type { Attributes, EndUser, SupportingDocument } from "@/lib/domain/types";

export interface GroupChange {
  /** The End-User or Supporting Document that now holds the values. */
  itemSid: string;
  how: "updated" | "created" | "replaced";
  /** The copy's items after the change, from Twilio's own answers to the writes. */
  copy: BundleWithItems;
}

const replaceIn = <T extends { sid: string }>(list: T[], item: T) =>
  list.map((x) => (x.sid === item.sid ? item : x));

/** A file the server inspected: `mimeType` is what its bytes are (lib/uploads/inspect.ts). */
export interface CheckedFile {
  file: File;
  mimeType: string;
}

const fileOf = ({ file, mimeType }: CheckedFile) => ({ data: file, fileName: file.name, mimeType });

/**
 * Where a new item is made: once per section's content. A document or End-User created by an
 * attempt whose assignment then failed (a 503 on CreateItemAssignment) is found again here and
 * reused by the retry with the same values and file, never created twice (issue 10 R4).
 */
export interface ItemMaker {
  reuse(): string | null;
  made(itemSid: string): Promise<void>;
}

async function newItem<T>(
  maker: ItemMaker,
  fetch: (sid: string) => Promise<T>,
  create: () => Promise<T & { sid: string }>,
): Promise<T & { sid: string }> {
  const earlier = maker.reuse();
  if (earlier) return (await fetch(earlier)) as T & { sid: string };
  const item = await create();
  await maker.made(item.sid);
  return item;
}

function newDocument(
  sub: string,
  maker: ItemMaker,
  input: { friendlyName: string; type: string; attributes: Attributes },
  file: CheckedFile | undefined,
): Promise<SupportingDocument> {
  return newItem(
    maker,
    (sid) => fetchSupportingDocument(sub, sid),
    () =>
      file
        ? uploadSupportingDocument(sub, { ...input, file: fileOf(file) })
        : createSupportingDocument(sub, input),
  );
}

/**
 * Puts a new item on the copy, and takes the one it replaces off (the item itself stays). Twilio
 * may keep an address-bearing document of a copy assigned (22229, "the assignment cannot be
 * removed"): then both stay, the new one with the same address, and the change still counts.
 * Returns the copy's items as they now are.
 */
async function swapOnCopy(
  sub: string,
  copy: BundleWithItems,
  item: EndUser | SupportingDocument,
  oldSid?: string,
): Promise<BundleWithItems> {
  const added = await createItemAssignment(sub, copy.bundle.sid, item.sid);
  let old = oldSid ? copy.assignments.find((a) => a.objectSid === oldSid) : undefined;
  if (old) {
    try {
      await deleteItemAssignment(sub, copy.bundle.sid, old.sid);
    } catch (error) {
      if (!(error instanceof GatewayError && error.twilioCode === ADDRESS_IMMUTABLE)) throw error;
      old = undefined; // kept on the copy by Twilio
    }
  }
  const isEndUser = item.sid.startsWith("IT");
  const removed = old?.objectSid;
  return {
    ...copy,
    assignments: [...copy.assignments.filter((a) => a !== old), added],
    endUsers: isEndUser ? [...copy.endUsers, item as EndUser] : copy.endUsers,
    supportingDocuments: isEndUser
      ? copy.supportingDocuments
      : [...copy.supportingDocuments.filter((d) => d.sid !== removed), item as SupportingDocument],
  };
}

/** Twilio's "Supporting Document Bundle Assignment cannot be removed / Address is immutable". */
const ADDRESS_IMMUTABLE = 22229;

/**
 * Writes one validated group to the copy's items. A document with a new file is replaced by a
 * new document (Twilio keeps files immutable); otherwise its attributes are updated in place. A
 * carried-over document's address never changes here (the schema keeps it, FieldDescriptor.locked).
 */
export async function applyGroup(
  sub: string,
  copy: BundleWithItems,
  group: FormGroup,
  values: GroupValues,
  file: CheckedFile | undefined,
  maker: ItemMaker,
): Promise<GroupChange> {
  if (group.kind === "end_user") {
    const current = copy.endUsers.find((e) => e.sid === group.objectSid);
    if (group.action === "update" && current) {
      const attributes = mergeAttributes(current.attributes, values, group);
      const updated = await updateEndUser(sub, current.sid, { attributes });
      return {
        itemSid: current.sid,
        how: "updated",
        copy: { ...copy, endUsers: replaceIn(copy.endUsers, updated) },
      };
    }
    const created = await newItem(
      maker,
      (sid) => fetchEndUser(sub, sid),
      () =>
        createEndUser(sub, {
          friendlyName: group.title,
          type: group.endUserType ?? "business",
          attributes: mergeAttributes({}, values, group),
        }),
    );
    return { itemSid: created.sid, how: "created", copy: await swapOnCopy(sub, copy, created) };
  }

  const current = copy.supportingDocuments.find((d) => d.sid === group.objectSid);
  if (group.action === "update" && current) {
    const attributes = mergeAttributes(current.attributes, values, group);
    if (!file) {
      const updated = await updateSupportingDocument(sub, current.sid, { attributes });
      return {
        itemSid: current.sid,
        how: "updated",
        copy: { ...copy, supportingDocuments: replaceIn(copy.supportingDocuments, updated) },
      };
    }
    const replacement = await newDocument(
      sub,
      maker,
      { friendlyName: current.friendlyName, type: current.type, attributes },
      file,
    );
    const after = await swapOnCopy(sub, copy, replacement, current.sid);
    return { itemSid: replacement.sid, how: "replaced", copy: after };
  }

  const chosen = group.documentTypes.find((t) => t.type === values.type) ?? group.documentTypes[0];
  if (!chosen) throw new Error(`group ${group.id} accepts no document type`);
  const created = await newDocument(
    sub,
    maker,
    {
      friendlyName: chosen.name,
      type: chosen.type,
      attributes: mergeAttributes({}, values, group),
    },
    chosen.needsFile ? file : undefined,
  );
  return { itemSid: created.sid, how: "created", copy: await swapOnCopy(sub, copy, created) };
}
