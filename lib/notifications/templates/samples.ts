/** Realistic inputs, one per kind, for the tests and for looking at rendered mails. */
import type { Brand, NoticeInput, NoticeKind } from "./types";

const base = "http://localhost:3000";

export const brand: Brand = {
  productName: "Compliance Update Portal",
  supportEmail: "support@portal.example",
  baseUrl: base,
};

export const common = {
  recipientName: "Ada",
  accountName: "Acme Logistics GmbH",
  timeZone: "Europe/Berlin",
  unsubscribeUrl: `${base}/notices/unsubscribe?token=u-123`,
  preferencesUrl: `${base}/settings/notifications`,
};

/** Late on 7 Dec in UTC, already 8 Dec in Berlin. */
export const lateDeadline = "2026-12-07T23:30:00Z";

const berlin = {
  name: "Berlin local numbers",
  validUntil: lateDeadline,
  actionUrl: `${base}/bundles/BU0001/update`,
};

export const samples: { [K in NoticeKind]: Extract<NoticeInput, { kind: K }> } = {
  confirm_contact: {
    ...common,
    kind: "confirm_contact",
    confirmUrl: `${base}/notices/confirm?token=c-456`,
    addedBy: "Grace Hopper",
  },
  new_deadline: { ...common, kind: "new_deadline", bundle: berlin },
  reminder: { ...common, kind: "reminder", bundle: berlin, daysLeft: 7 },
  digest: {
    ...common,
    kind: "digest",
    worklistUrl: `${base}/worklist`,
    bundles: [
      { ...berlin, daysLeft: -3 },
      {
        name: "Munich mobile numbers",
        validUntil: "2026-12-20T12:00:00Z",
        actionUrl: `${base}/bundles/BU0002/update`,
        daysLeft: 1,
      },
      {
        name: "Hamburg toll-free numbers",
        validUntil: "2027-01-15T09:00:00Z",
        actionUrl: `${base}/bundles/BU0003/update`,
        daysLeft: 39,
      },
    ],
  },
  rejected: {
    ...common,
    kind: "rejected",
    bundle: { ...berlin, validUntil: null },
    reasons: [
      "The address provided does not match the address on the supporting document.",
      "Business registration number is missing",
    ],
    guidance: [
      "Use the address exactly as it appears on your utility bill or bank statement.",
      "Add the number from your commercial register (Handelsregister) entry.",
    ],
  },
  up_to_date: { ...common, kind: "up_to_date", bundle: berlin },
  support_access_started: {
    ...common,
    kind: "support_access_started",
    staffName: "Sam Support",
    reason: "Customer asked for help uploading the business registration.",
    startedAt: "2026-12-08T13:05:00Z",
    activityUrl: `${base}/account/activity?session=s-789`,
  },
  support_access_ended: {
    ...common,
    kind: "support_access_ended",
    staffName: "Sam Support",
    startedAt: "2026-12-08T13:05:00Z",
    endedAt: "2026-12-08T14:10:00Z",
    actions: ["Saved the business address", "Uploaded a document: Handelsregister.pdf"],
    activityUrl: `${base}/account/activity?session=s-789`,
  },
};
