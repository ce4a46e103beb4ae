import type { EndReason } from "@/lib/impersonation/rules";
import type { Translator } from "@/lib/i18n/translator";

const REASONS: readonly EndReason[] = [
  "stopped",
  "expired",
  "role_revoked",
  "signed_out",
  "account_removed",
];

/** Why a support session ended, in the reader's language; an unknown stored value as it is. */
export function endReasonText(t: Translator<"Impersonation">, reason: string | null): string {
  if (reason && (REASONS as readonly string[]).includes(reason))
    return t(`endReason.${reason as EndReason}`);
  return reason ?? "";
}
