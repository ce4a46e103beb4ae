import { useTranslations } from "next-intl";

const STYLES: Record<string, string> = {
  draft: "border-slate-400 bg-slate-100 text-slate-800",
  "pending-review": "border-blue-400 bg-blue-50 text-blue-900",
  "in-review": "border-blue-400 bg-blue-50 text-blue-900",
  "twilio-rejected": "border-red-400 bg-red-50 text-red-900",
  rejected: "border-red-400 bg-red-50 text-red-900",
  expired: "border-red-400 bg-red-50 text-red-900",
  "twilio-approved": "border-green-500 bg-green-50 text-green-900",
  approved: "border-green-500 bg-green-50 text-green-900",
  "provisionally-approved": "border-teal-500 bg-teal-50 text-teal-900",
};

/** Twilio's statuses as catalog keys (messages/<locale>/Status.json). */
const KEYS = {
  draft: "draft",
  "pending-review": "pendingReview",
  "in-review": "inReview",
  "twilio-rejected": "twilioRejected",
  "twilio-approved": "twilioApproved",
  "provisionally-approved": "provisionallyApproved",
  rejected: "rejected",
  approved: "approved",
  expired: "expired",
} as const;

/** A status's catalog key in Status.json, or null for one Twilio added that the catalogs lack. */
export const statusKey = (status: string) =>
  Object.hasOwn(KEYS, status) ? KEYS[status as keyof typeof KEYS] : null;

/**
 * A Bundle or Supporting Document status, as words in the customer's language (colour is only a
 * reinforcement); a status Twilio adds that the catalogs do not know shows as Twilio sent it.
 */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("Status");
  const key = statusKey(status);
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${
        STYLES[status] ?? STYLES.draft
      }`}
      {...(key ? {} : { lang: "en" })}
    >
      {key ? t(key) : status}
    </span>
  );
}
