import { isoDate } from "../dates";
import { rc } from "../http/urls";
import type { Bundle, EndUser, Evaluation, ItemAssignment, SupportingDocument } from "../types";

/** Fields shared by the bundle, bundle_copy and replace_items shapes. */
function bundleCore(b: Bundle) {
  return {
    sid: b.sid,
    account_sid: b.account_sid,
    regulation_sid: b.regulation_sid,
    friendly_name: b.friendly_name,
    status: b.status,
    valid_until: isoDate(b.valid_until),
    email: b.email,
    status_callback: b.status_callback,
    date_created: isoDate(b.date_created),
    date_updated: isoDate(b.date_updated),
  };
}

export function bundleJson(b: Bundle) {
  const url = rc(`/Bundles/${b.sid}`);
  return {
    ...bundleCore(b),
    url,
    links: {
      evaluations: `${url}/Evaluations`,
      item_assignments: `${url}/ItemAssignments`,
      bundle_copies: `${url}/Copies`,
    },
  };
}

/** What a Bundle's JSON depends on that can change (rows are mutated in place, then put). */
const bundleStamp = (b: Bundle) =>
  `${b.status}\u0000${b.date_updated}\u0000${b.valid_until}\u0000${b.friendly_name}\u0000${b.email}\u0000${b.status_callback}`;
const bundleTexts = new WeakMap<Bundle, { stamp: string; text: string }>();

/**
 * A Bundle's JSON text, rendered once per change: lists of 50 Bundles are joined from these
 * instead of formatting 150 dates and stringifying every row again on each request.
 */
export function bundleJsonText(b: Bundle): string {
  const stamp = bundleStamp(b);
  const hit = bundleTexts.get(b);
  if (hit && hit.stamp === stamp) return hit.text;
  const text = JSON.stringify(bundleJson(b));
  bundleTexts.set(b, { stamp, text });
  return text;
}

/** Copies and ReplaceItems answer without `url` and `links`. */
export const bundleCopyJson = bundleCore;

export function endUserJson(e: EndUser) {
  return {
    sid: e.sid,
    account_sid: e.account_sid,
    friendly_name: e.friendly_name,
    type: e.type,
    attributes: e.attributes,
    date_created: isoDate(e.date_created),
    date_updated: isoDate(e.date_updated),
    url: rc(`/EndUsers/${e.sid}`),
  };
}

export function supportingDocumentJson(d: SupportingDocument) {
  return {
    sid: d.sid,
    account_sid: d.account_sid,
    friendly_name: d.friendly_name,
    mime_type: d.mime_type,
    status: d.status,
    failure_reason: d.failure_reason,
    errors: d.errors,
    type: d.type,
    attributes: d.attributes,
    date_created: isoDate(d.date_created),
    date_updated: isoDate(d.date_updated),
    url: rc(`/SupportingDocuments/${d.sid}`),
  };
}

export function itemAssignmentJson(a: ItemAssignment) {
  return {
    sid: a.sid,
    bundle_sid: a.bundle_sid,
    account_sid: a.account_sid,
    object_sid: a.object_sid,
    date_created: isoDate(a.date_created),
    url: rc(`/Bundles/${a.bundle_sid}/ItemAssignments/${a.sid}`),
  };
}

export function evaluationJson(e: Evaluation) {
  return {
    sid: e.sid,
    account_sid: e.account_sid,
    regulation_sid: e.regulation_sid,
    bundle_sid: e.bundle_sid,
    status: e.status,
    results: e.results,
    date_created: isoDate(e.date_created),
    url: rc(`/Bundles/${e.bundle_sid}/Evaluations/${e.sid}`),
  };
}
