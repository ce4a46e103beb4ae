import type { Translator } from "@/lib/i18n/translator";

const KINDS = [
  "confirm_contact",
  "new_deadline",
  "reminder",
  "digest",
  "rejected",
  "up_to_date",
  "support_access_started",
  "support_access_ended",
] as const;

/** An email notice's kind (lib/notifications/kinds.ts) as support staff read it; "Email" if new. */
export function noticeKindLabel(t: Translator<"Support">, kind: string): string {
  const known = (KINDS as readonly string[]).includes(kind);
  return t(`noticeKind.${known ? (kind as (typeof KINDS)[number]) : "other"}`);
}
