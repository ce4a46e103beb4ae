import "server-only";
import { createHash } from "node:crypto";
import type { AccountContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import {
  changedFieldLabels,
  fileRule,
  missingFile,
  parseGroupSubmission,
  submittedFields,
  type FormGroup,
  type GroupValues,
  type ValidationT,
} from "@/lib/requirements";
import { newAddressFields } from "@/lib/actions/schemas/update";
import { translateKeyed } from "@/lib/i18n/keyed";
import type { BundleWithItems, CreateAddressInput } from "@/lib/twilio";
import { NEW_ADDRESS } from "@/lib/requirements/text";
import type { Address, Attributes } from "@/lib/domain/types";
import { inspectUpload } from "@/lib/uploads/inspect";
import { canEdit } from "@/lib/workflow";
import { applyGroup, type CheckedFile, type GroupChange, type ItemMaker } from "./apply-group";
import { buildFixForm } from "./fix-form";
import { createUpdateAddress } from "./addresses";
import { editDetails } from "./edits";
import { pendingItemOf } from "./kept";
import { userStep, type Run } from "./spine";

export interface SaveGroupRequest {
  originalSid: string;
  groupId: string;
  values: Record<string, unknown>;
  file?: File | undefined;
  /** The address added with the section: created on Twilio only now, when it is saved. */
  newAddress?: Record<string, unknown> | undefined;
}

export type SaveGroupOutcome =
  | {
      saved: true;
      itemSid: string;
      /** false: saved, but Twilio's check could not run (the page retries it). */
      checked: boolean;
      compliant: boolean;
      failedCount: number;
    }
  | { saved: false; fieldErrors: Record<string, string[]> };

const invalid = (field: string, message: string): SaveGroupOutcome => ({
  saved: false,
  fieldErrors: { [field]: [message] },
});

/**
 * The file rules the server enforces whatever the browser checked: the bytes must be a readable
 * PDF, JPEG or PNG (lib/uploads/inspect.ts), and the type Twilio is told is the one the bytes
 * show, not the browser's.
 */
async function checkFile(
  group: FormGroup,
  values: GroupValues,
  file: File | undefined,
  t: ValidationT,
): Promise<{ problem: string } | { upload: CheckedFile | undefined }> {
  if (file) {
    const inspected = await inspectUpload(file, t);
    if (!inspected.ok) return { problem: inspected.message };
    return { upload: { file, mimeType: inspected.mimeType } };
  }
  if (fileRule(group, values.type).required) return { problem: missingFile(t) };
  return { upload: undefined };
}

/** The section's content, hashed: a retry with the same values and file is the same item. */
async function fingerprintOf(groupId: string, values: GroupValues, upload?: CheckedFile) {
  const hash = createHash("sha256").update(groupId).update(JSON.stringify(values));
  if (upload) hash.update(new Uint8Array(await upload.file.arrayBuffer()));
  return hash.digest("hex");
}

const mentionsNewAddress = (values: Record<string, unknown>) =>
  Object.values(values).some(
    (v) => v === NEW_ADDRESS || (Array.isArray(v) && v.includes(NEW_ADDRESS)),
  );

const withAddress = (values: Record<string, unknown>, sid: string) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      v === NEW_ADDRESS ? sid : Array.isArray(v) ? v.map((x) => (x === NEW_ADDRESS ? sid : x)) : v,
    ]),
  );

/**
 * The Address for a section's new address, made only when the section is saved (issue 15: it
 * used to be made when "Add this address" was pressed, and stayed if the section never was).
 * An identical address of the account is reused, so a retried save does not make a second one.
 */
async function addressFor(
  ctx: AccountContext,
  originalSid: string,
  input: CreateAddressInput,
  known: readonly Address[],
): Promise<string> {
  const same = (a: Address) =>
    a.customerName === input.customerName &&
    a.street === input.street &&
    (a.streetSecondary ?? "") === (input.streetSecondary ?? "") &&
    a.city === input.city &&
    a.region === input.region &&
    a.postalCode === input.postalCode &&
    a.isoCountry === input.isoCountry;
  const existing = known.find(same);
  if (existing) return existing.sid;
  return (await createUpdateAddress(ctx, originalSid, input)).value;
}

/** New items for this section, reusing one an earlier attempt made but could not assign. */
function itemMaker(run: Run, groupId: string, fingerprint: string): ItemMaker {
  return {
    reuse() {
      const pending = pendingItemOf(run.row);
      return pending?.groupId === groupId && pending.fingerprint === fingerprint
        ? pending.itemSid
        : null;
    },
    made: (itemSid) => run.remember({ pendingItem: { groupId, fingerprint, itemSid } }),
  };
}

const attributesOf = (copy: BundleWithItems, sid: string | null): Attributes =>
  [...copy.endUsers, ...copy.supportingDocuments].find((i) => i.sid === sid)?.attributes ?? {};

/**
 * What the Activity page says about a save, recorded with it so it never needs Twilio to read:
 * the item as the customer knows it ("Business details", the document's type) and the labels of
 * the fields whose value changed (issue 15).
 */
function changeSummary(
  group: FormGroup,
  values: GroupValues,
  before: BundleWithItems,
  change: GroupChange,
) {
  const chosen =
    group.action === "create" ? group.documentTypes.find((t) => t.type === values.type) : undefined;
  return {
    itemKind: group.kind,
    itemName: chosen?.name ?? group.title,
    fields: changedFieldLabels(
      submittedFields(group, values),
      attributesOf(before, group.objectSid),
      attributesOf(change.copy, change.itemSid),
    ),
  };
}

/**
 * Step 2: validates one form group against the schema rebuilt from Twilio's data (never the
 * browser's), writes it to the copy's items, then re-evaluates so the page shows what is left.
 * `locale`: the language of the answer's messages (the action passes the request's). The form
 * rebuilt here is English: its titles go into the update's history and the audit, which are
 * recorded once and read later in any language.
 */
export async function saveGroup(
  ctx: AccountContext,
  input: SaveGroupRequest,
  options: { locale?: Locale } = {},
): Promise<SaveGroupOutcome> {
  const locale = options.locale ?? "en";
  const [t, tInput, tRecord] = await Promise.all([
    translatorFor(locale, "Validation"),
    translatorFor(locale, "Input"),
    translatorFor("en", "Guidance"),
  ]);
  return userStep(ctx, input.originalSid, {
    name: "save",
    freshness: "kept",
    guard: canEdit,
    async act(run): Promise<SaveGroupOutcome> {
      const copy = run.snapshot.copy;
      if (!copy) throw new AppError("conflict:update_request");
      // An address made moments ago (another tab or instance) may be missing from the cached list.
      const named = JSON.stringify(input.values).match(/AD[0-9a-fA-F]{32}/g) ?? [];
      // A section opened from the review's "Edit" link: its item passes, so it is asked for.
      const editing = new Set([input.groupId.split(":")[1] ?? ""]);
      let built = await buildFixForm(run.sub, run.row, copy, { editing, t: tRecord });
      if (named.some((sid) => !built.addresses.some((a) => a.sid === sid)))
        built = await buildFixForm(run.sub, run.row, copy, {
          freshAddresses: true,
          editing,
          t: tRecord,
        });
      const group = built.form.groups.find((g) => g.id === input.groupId);
      if (!group) return invalid("_form", t("sectionGone"));
      // The file first: a refused file saves nothing, not even the section's new address.
      const checked = await checkFile(group, input.values as GroupValues, input.file, t);
      if ("problem" in checked) return invalid("file", checked.problem);
      const addressSids = new Set(built.addresses.map((a) => a.sid));
      let values = input.values;
      if (mentionsNewAddress(values)) {
        const added = newAddressFields.safeParse(input.newAddress ?? {});
        if (!added.success) {
          const issue = added.error.issues[0]?.message;
          const problem = issue ? translateKeyed(tInput, issue) : t("newAddress.unreadable");
          return invalid("_form", t("newAddress.invalid", { problem }));
        }
        const sid = await addressFor(ctx, input.originalSid, added.data, built.addresses);
        addressSids.add(sid);
        values = withAddress(values, sid);
      }
      const parsed = parseGroupSubmission(group, values, t, { addressSids });
      if (!parsed.ok) return { saved: false, fieldErrors: parsed.fieldErrors };

      const fingerprint = await fingerprintOf(group.id, parsed.data, checked.upload);
      const maker = itemMaker(run, group.id, fingerprint);
      const change = await applyGroup(run.sub, copy, group, parsed.data, checked.upload, maker);
      const details = editDetails({
        before: attributesOf(copy, group.objectSid),
        after: attributesOf(change.copy, change.itemSid),
        upload: checked.upload,
        replacedSid: change.how === "replaced" ? group.objectSid : null,
      });
      await run.record(
        { type: "item_changed", at: new Date() },
        {
          groupId: group.id,
          title: group.title,
          itemSid: change.itemSid,
          how: change.how,
          ...details,
          // The reviewer's reason this save answers: a later round's reasons are compared with it.
          ...(group.rejection?.reason ? { answering: [group.rejection.reason] } : {}),
        },
        { pendingItem: null },
      );
      run.keep({ ...change.copy, itemsRead: true });
      await run.audit(
        `update.item_${change.how}`,
        {
          originalSid: input.originalSid,
          copySid: run.row.copySid,
          groupId: group.id,
          ...changeSummary(group, parsed.data, copy, change),
        },
        change.itemSid,
      );
      try {
        const evaluation = await run.evaluate();
        const failedCount = evaluation.results.filter((r) => !r.passed).length;
        const compliant = evaluation.status === "compliant";
        return { saved: true, itemSid: change.itemSid, checked: true, compliant, failedCount };
      } catch (error) {
        // The change is on Twilio: say so, and let the page check again (issue 10 R3).
        run.noteFailure("check", error);
        return {
          saved: true,
          itemSid: change.itemSid,
          checked: false,
          compliant: false,
          failedCount: 0,
        };
      }
    },
  });
}
