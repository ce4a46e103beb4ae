import {
  asRaw,
  attributes,
  bool,
  dateOrNull,
  get,
  numberOrNull,
  objects,
  oneOf,
  requiredString,
  stringOr,
  stringOrNull,
} from "./read-fields";
import {
  BUNDLE_STATUSES,
  SUPPORTING_DOCUMENT_STATUSES,
  type Account,
  type Address,
  type Bundle,
  type EndUser,
  type ItemAssignment,
  type PhoneNumber,
  type SupportingDocument,
} from "@/lib/domain/types";

export { toEvaluation, toRegulation } from "./convert-requirements";

/** Bundles, bundle copies and ReplaceItems responses share these fields. */
export function toBundle(value: unknown): Bundle {
  const raw = asRaw(value, "bundle");
  return {
    sid: requiredString(raw, "sid", "bundle"),
    accountSid: requiredString(raw, "accountSid", "bundle"),
    regulationSid: stringOrNull(raw, "regulationSid"),
    friendlyName: stringOr(raw, "friendlyName", ""),
    status: oneOf(raw, "status", BUNDLE_STATUSES, "bundle"),
    email: stringOrNull(raw, "email"),
    statusCallback: stringOrNull(raw, "statusCallback"),
    validUntil: dateOrNull(raw, "validUntil"),
    dateCreated: dateOrNull(raw, "dateCreated"),
    dateUpdated: dateOrNull(raw, "dateUpdated"),
  };
}

export function toEndUser(value: unknown): EndUser {
  const raw = asRaw(value, "end user");
  return {
    sid: requiredString(raw, "sid", "endUser"),
    friendlyName: stringOr(raw, "friendlyName", ""),
    type: oneOf(raw, "type", ["individual", "business"] as const, "endUser"),
    attributes: attributes(raw),
    dateCreated: dateOrNull(raw, "dateCreated"),
    dateUpdated: dateOrNull(raw, "dateUpdated"),
  };
}

export function toSupportingDocument(value: unknown): SupportingDocument {
  const raw = asRaw(value, "supporting document");
  return {
    sid: requiredString(raw, "sid", "supportingDocument"),
    friendlyName: stringOr(raw, "friendlyName", ""),
    type: stringOr(raw, "type", ""),
    status: oneOf(raw, "status", SUPPORTING_DOCUMENT_STATUSES, "supportingDocument"),
    mimeType: stringOrNull(raw, "mimeType"),
    failureReason: stringOrNull(raw, "failureReason"),
    errors: objects(get(raw, "errors")).flatMap((e) => {
      const code = numberOrNull(e, "code");
      return code === null ? [] : [{ code }];
    }),
    attributes: attributes(raw),
    dateCreated: dateOrNull(raw, "dateCreated"),
    dateUpdated: dateOrNull(raw, "dateUpdated"),
  };
}

export function toItemAssignment(value: unknown): ItemAssignment {
  const raw = asRaw(value, "item assignment");
  const objectSid = requiredString(raw, "objectSid", "itemAssignment");
  const prefix = objectSid.slice(0, 2).toUpperCase();
  return {
    sid: requiredString(raw, "sid", "itemAssignment"),
    bundleSid: requiredString(raw, "bundleSid", "itemAssignment"),
    objectSid,
    objectKind: prefix === "IT" ? "end_user" : prefix === "RD" ? "supporting_document" : "other",
    dateCreated: dateOrNull(raw, "dateCreated"),
  };
}

export function toAddress(value: unknown): Address {
  const raw = asRaw(value, "address");
  return {
    sid: requiredString(raw, "sid", "address"),
    accountSid: requiredString(raw, "accountSid", "address"),
    customerName: stringOr(raw, "customerName", ""),
    friendlyName: stringOrNull(raw, "friendlyName"),
    street: stringOr(raw, "street", ""),
    streetSecondary: stringOrNull(raw, "streetSecondary"),
    city: stringOr(raw, "city", ""),
    region: stringOr(raw, "region", ""),
    postalCode: stringOr(raw, "postalCode", ""),
    isoCountry: stringOr(raw, "isoCountry", ""),
    validated: bool(raw, "validated"),
    verified: bool(raw, "verified"),
  };
}

export function toPhoneNumber(value: unknown): PhoneNumber {
  const raw = asRaw(value, "phone number");
  return {
    sid: requiredString(raw, "sid", "phoneNumber"),
    phoneNumber: requiredString(raw, "phoneNumber", "phoneNumber"),
    friendlyName: stringOrNull(raw, "friendlyName"),
    bundleSid: stringOrNull(raw, "bundleSid"),
  };
}

/** Never carries the auth token, even though the Accounts resource returns it. */
export function toAccount(value: unknown): Account {
  const raw = asRaw(value, "account");
  return {
    sid: requiredString(raw, "sid", "account"),
    friendlyName: stringOr(raw, "friendlyName", ""),
    status: oneOf(raw, "status", ["active", "suspended", "closed"] as const, "account"),
  };
}
