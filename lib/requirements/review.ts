/**
 * The review before submit: every item the update will send, each value under the label the
 * regulation gives it, the file (the one uploaded here, or the one Twilio already holds), and
 * which of it the customer changed in this update. Pure: the page adds the links. Labels and
 * document names are Twilio's (English); the titles we give and the dates are the customer's.
 */
import type {
  Address,
  DetailedField,
  EndUser,
  Regulation,
  SupportingDocument,
} from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";
import { addressLabel } from "./address-options";
import { showDate } from "./dates";
import { describeField, fieldLabel } from "./field-kind";
import { documentNameOf, fieldsOf, unionFields } from "./regulation-index";

export interface ReviewField {
  name: string;
  label: string;
  value: string;
  changed: boolean;
}

export type ReviewFile =
  | { kind: "uploaded"; name: string; size: number; mimeType: string }
  | { kind: "on_record"; mimeType: string | null };

export interface ReviewItem {
  sid: string;
  kind: "end_user" | "supporting_document";
  title: string;
  fields: ReviewField[];
  file: ReviewFile | null;
  /** The customer changed something on it in this update. */
  changed: boolean;
  /** A document the customer replaced that Twilio keeps on the Bundle (its address, 22229). */
  superseded: boolean;
}

/** What the customer changed on one item (see lib/dal/update-requests/edits.ts). */
export interface ReviewEdit {
  fields: string[] | null;
  file: { name: string; size: number; mimeType: string } | null;
}

export interface ReviewInput {
  regulation: Regulation;
  endUsers: EndUser[];
  documents: SupportingDocument[];
  addresses: readonly Address[];
  edits: ReadonlyMap<string, ReviewEdit>;
  /** Documents replaced in this update that are still on the Bundle. */
  superseded?: ReadonlySet<string>;
  /** The customer's language: the details' title ("Guidance" catalog) and how dates read. */
  t: Translator<"Guidance">;
  locale: Locale;
}

function shown(value: unknown, addresses: readonly Address[]): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value))
    return value
      .map((v) => {
        const address = typeof v === "string" ? addresses.find((a) => a.sid === v) : undefined;
        return address ? addressLabel(address) : String(v);
      })
      .join("; ");
  return typeof value === "string" ? value.trim() : JSON.stringify(value);
}

function fieldsFor(
  defined: readonly DetailedField[],
  attributes: Record<string, unknown>,
  edit: ReviewEdit | undefined,
  input: ReviewInput,
): ReviewField[] {
  const changed = (name: string) => !!edit && (edit.fields === null || edit.fields.includes(name));
  return defined.map((f) => {
    const value = shown(attributes[f.machineName], input.addresses);
    return {
      name: f.machineName,
      label: fieldLabel(f),
      value: describeField(f).kind === "date" ? showDate(value, input.locale) : value,
      changed: changed(f.machineName),
    };
  });
}

export function reviewItems(input: ReviewInput): ReviewItem[] {
  const { regulation, edits, t } = input;
  const endUserReqs = regulation.requirements.endUser;
  // Every alternative set: a document is labelled by whichever requirement accepts its type.
  const set = regulation.requirements.supportingDocument.flat();
  const items: ReviewItem[] = [];
  for (const eu of input.endUsers) {
    const req = endUserReqs.find((r) => r.type === eu.type) ?? endUserReqs[0];
    const edit = edits.get(eu.sid);
    items.push({
      sid: eu.sid,
      kind: "end_user",
      title: t("title", { type: eu.type === "individual" ? "individual" : "business" }),
      fields: fieldsFor(req ? fieldsOf(req) : [], eu.attributes, edit, input),
      file: null,
      changed: !!edit,
      superseded: false,
    });
  }
  for (const doc of input.documents) {
    const edit = edits.get(doc.sid);
    const defined = unionFields(set, doc.type);
    items.push({
      sid: doc.sid,
      kind: "supporting_document",
      title: documentNameOf(set, doc.type) ?? (doc.friendlyName || doc.type),
      fields: fieldsFor(defined, doc.attributes, edit, input),
      file: edit?.file
        ? { kind: "uploaded", ...edit.file }
        : doc.mimeType
          ? { kind: "on_record", mimeType: doc.mimeType }
          : null,
      changed: !!edit,
      superseded: !!input.superseded?.has(doc.sid),
    });
  }
  return items;
}
