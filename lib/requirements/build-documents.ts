/**
 * Groups for documents: one per existing document that fails a requirement (or was rejected),
 * and one per missing document. Missing-document requirements accepting exactly the same types
 * share a group, so one upload (e.g. a register excerpt) covers all of them.
 */
import type {
  EvaluationFieldResult,
  EvaluationRequirementResult,
  SupportingDocument,
  SupportingDocumentRequirement,
} from "@/lib/domain/types";
import { type BuildContext, failuresOf, markPassed, unknownAddressFailure } from "./build-context";
import { formValue, textOf, toDescriptor } from "./field-descriptor";
import {
  EVALUATION_CODES,
  type GuidanceInput,
  guidanceParts,
  plainReason,
  REJECTION_CODES,
} from "./guidance";
import {
  acceptedOfType,
  chooseDocumentSet,
  documentNameOf,
  needsFileFor,
  unionFields,
} from "./regulation-index";
import type { DocumentTypeOption, FieldDescriptor, FieldMismatch, FormGroup } from "./types";

interface Work {
  req: SupportingDocumentRequirement;
  result: EvaluationRequirementResult | undefined;
}

const NEEDS_NEW_FILE: ReadonlySet<string> = new Set(["rejected", "expired"]);

function requirementEntry({ req, result }: Work) {
  return {
    name: req.requirementName,
    friendlyName: result?.requirementFriendlyName || req.name,
    description: req.description,
  };
}

function documentFields(
  ctx: BuildContext,
  set: readonly SupportingDocumentRequirement[],
  type: string,
  documentName: string,
  attributes: Record<string, unknown>,
  failures: Map<string, EvaluationFieldResult>,
): FieldDescriptor[] {
  return unionFields(set, type).map((f) => {
    let failure = failures.get(f.machineName);
    let mismatch: FieldMismatch | undefined;
    const shared = ctx.shared.get(f.machineName);
    const documentValue = textOf(attributes[f.machineName]);
    if (failure && shared && f.machineName !== "address_sids") {
      if (shared.value !== "" && documentValue !== "" && shared.value !== documentValue)
        mismatch = {
          field: f.machineName,
          endUserValue: shared.value,
          documentValue,
          endUserGroupId: shared.groupId,
        };
    }
    if (!failure && f.machineName === "address_sids")
      failure = unknownAddressFailure(formValue(attributes[f.machineName], true), ctx, f);
    const country = ctx.regulation.isoCountry;
    return toDescriptor(f, { attributes, failure, documentName, mismatch, country }, ctx.t);
  });
}

/** The group's advice, with Twilio's reason kept apart (see GuidanceParts). */
function advise(group: FormGroup, input: GuidanceInput, ctx: BuildContext): void {
  const { advice, note } = guidanceParts(input, ctx.t);
  group.guidance = advice;
  if (note) group.guidanceNote = note;
}

/**
 * A document of the copy that already carries an address keeps it (Twilio's 22229); `locked`
 * says why it is shown but not editable (see FieldDescriptor.locked).
 */
function lockAddress(
  fields: FieldDescriptor[],
  doc: SupportingDocument,
  ctx: BuildContext,
): FieldDescriptor[] {
  const sids = doc.attributes.address_sids;
  if (!Array.isArray(sids) || sids.length === 0) return fields;
  const locked = ctx.t("lockedAddress");
  return fields.map((f) => (f.name === "address_sids" ? { ...f, locked } : f));
}

function updateGroup(
  ctx: BuildContext,
  set: readonly SupportingDocumentRequirement[],
  doc: SupportingDocument,
  work: Work[],
): FormGroup {
  const used = set.filter((req) => acceptedOfType(req, doc.type));
  const first = work[0]?.req ?? used[0];
  const accepted = first ? acceptedOfType(first, doc.type) : undefined;
  const title = documentNameOf(used, doc.type) ?? (doc.friendlyName || doc.type);
  const fields = lockAddress(
    documentFields(
      ctx,
      used,
      doc.type,
      title,
      doc.attributes,
      failuresOf(work.map((w) => w.result)),
    ),
    doc,
    ctx,
  );
  const typeNeedsFile = accepted ? needsFileFor(accepted) : true;
  const rejected = NEEDS_NEW_FILE.has(doc.status);
  const group: FormGroup = {
    id: `document:${doc.sid}`,
    kind: "supporting_document",
    action: "update",
    objectSid: doc.sid,
    title,
    requirements: (work.length > 0 ? work : used.map((req) => ({ req, result: undefined }))).map(
      requirementEntry,
    ),
    guidance: null,
    documentTypes: [{ type: doc.type, name: title, needsFile: typeNeedsFile, fields }],
    needsFile: rejected || (typeNeedsFile && doc.mimeType === null),
    fields,
  };
  if (rejected) {
    const code =
      doc.errors[0]?.code ??
      (doc.status === "expired" ? REJECTION_CODES.expiredDocument : REJECTION_CODES.documentIssue);
    group.rejection = { reason: plainReason(doc.failureReason), code: doc.errors[0]?.code ?? null };
    // The reviewer's words are the section's heading note (GroupHeader); the advice adds only
    // what to do, so the reason is not said twice.
    advise(group, { errorCode: code, documentName: title }, ctx);
  } else {
    const entryCode = work.find((w) => w.result?.errorCode != null)?.result?.errorCode ?? null;
    const code =
      entryCode === EVALUATION_CODES.missingDocument ? EVALUATION_CODES.documentField : entryCode;
    const failureReason = work.find((w) => w.result?.failureReason)?.result?.failureReason;
    advise(
      group,
      {
        errorCode: code ?? EVALUATION_CODES.documentField,
        documentName: title,
        failureReason,
        endUserType: ctx.regulation.endUserType,
      },
      ctx,
    );
  }
  return group;
}

/**
 * A new document starts from what the customer's details already say (the representative's
 * names on their ID, the business name on an excerpt): fewer fields to type, and the values
 * match, as the regulation asks. Addresses are chosen, never carried over.
 */
function prefillFromDetails(ctx: BuildContext): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, shared] of ctx.shared)
    if (name !== "address_sids" && shared.value !== "") values[name] = shared.value;
  return values;
}

function createGroup(ctx: BuildContext, work: Work[]): FormGroup {
  const reqs = work.map((w) => w.req);
  const failures = failuresOf(work.map((w) => w.result));
  const accepted = reqs[0]?.acceptedDocuments ?? [];
  const prefill = prefillFromDetails(ctx);
  const documentTypes: DocumentTypeOption[] = accepted.map((a) => {
    const name = documentNameOf(reqs, a.type) ?? a.name;
    return {
      type: a.type,
      name,
      needsFile: needsFileFor(a),
      fields: documentFields(ctx, reqs, a.type, name, prefill, failures),
    };
  });
  const firstType = documentTypes[0];
  const title =
    accepted.length === 1 && firstType ? firstType.name : reqs.map((r) => r.name).join(" and ");
  const needsFile = documentTypes.length === 0 || documentTypes.some((t) => t.needsFile);
  const group: FormGroup = {
    id: `new_document:${reqs[0]?.requirementName ?? "unknown"}`,
    kind: "supporting_document",
    action: "create",
    objectSid: null,
    title,
    requirements: work.map(requirementEntry),
    guidance: null,
    documentTypes,
    needsFile: firstType?.needsFile ?? true,
    fields: firstType?.fields ?? [],
  };
  // Twilio's names of the accepted documents, joined as Twilio's English ("A or B").
  const documentName = [...new Set(documentTypes.map((t) => t.name))].join(" or ") || title;
  advise(group, { errorCode: EVALUATION_CODES.missingDocument, documentName, needsFile }, ctx);
  return group;
}

export function documentGroups(ctx: BuildContext): FormGroup[] {
  const set = chooseDocumentSet(ctx.regulation, ctx.evaluation);
  const updates = new Map<string, Work[]>();
  const missing = new Map<string, Work[]>();
  const editOnly = new Set<string>();
  for (const req of set) {
    const result = ctx.results.get(req.requirementName);
    const accepted = (d: SupportingDocument) => !!acceptedOfType(req, d.type);
    const doc =
      (result && ctx.documents.find((d) => d.type === result.objectType && accepted(d))) ??
      ctx.documents.find(accepted) ??
      null;
    const failing = result ? !result.passed : doc === null;
    if (!failing) {
      if (result) markPassed(ctx, result);
      // Opened from the review to change a passing document (see BuildFormInput.editing).
      if (doc && ctx.editing?.has(doc.sid) && !updates.has(doc.sid)) editOnly.add(doc.sid);
      continue;
    }
    editOnly.delete(doc?.sid ?? "");
    const bucket = doc ? updates : missing;
    const key = doc ? doc.sid : req.acceptedDocuments.map((a) => a.type).join("|");
    bucket.set(key, [...(bucket.get(key) ?? []), { req, result }]);
  }
  for (const doc of ctx.documents)
    if (
      NEEDS_NEW_FILE.has(doc.status) &&
      !updates.has(doc.sid) &&
      set.some((r) => acceptedOfType(r, doc.type))
    )
      updates.set(doc.sid, []);

  const groups: FormGroup[] = [];
  for (const doc of ctx.documents) {
    const work = updates.get(doc.sid);
    if (work) groups.push(updateGroup(ctx, set, doc, work));
    else if (editOnly.has(doc.sid))
      groups.push({ ...updateGroup(ctx, set, doc, []), guidance: null, openedToEdit: true });
  }
  for (const work of missing.values()) groups.push(createGroup(ctx, work));
  return groups;
}
