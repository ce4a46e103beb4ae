/**
 * The rules of support impersonation, as pure functions (no database, no `server-only`) so they
 * are unit-tested and shared by the server (context, actions) and the client (the banner's
 * countdown). Anchors: Stytch's non-extendable 60-minute session, better-auth/Makerkit's "never
 * impersonate admins", Salesforce's "no chaining", trigger.dev's "re-check the role on every
 * request" (shared/reference/product-anchors.md §4).
 */
import { isStaffRole } from "@/lib/authz/rules";
import type { UserRole } from "@/lib/db/schema";

/** The hard cap; the database enforces it too (impersonation_sessions_max_60_minutes). */
export const MAX_IMPERSONATION_MINUTES = 60;

/**
 * Durations a staff member may choose, in minutes. Demo mode (the local Twilio emulator, never
 * real Twilio: env.isEmbedded) adds a 1-minute choice so the time limit can be shown, and tested
 * end to end, without waiting an hour. Real deployments never offer it.
 */
export function durationChoices(demoMode: boolean): number[] {
  return demoMode ? [1, 15, 30, 60] : [15, 30, 60];
}

export const DEFAULT_DURATION_MINUTES = 30;

export function expiresAtFor(startedAt: Date, minutes: number): Date {
  const capped = Math.min(Math.max(minutes, 1), MAX_IMPERSONATION_MINUTES);
  return new Date(startedAt.getTime() + capped * 60_000);
}

export type SessionState = "active" | "expired" | "ended";

/** An ended row stays ended; an open one is active strictly before its expiry instant. */
export function sessionState(
  row: { endedAt: Date | null; expiresAt: Date; startedAt: Date },
  now: Date,
): SessionState {
  if (row.endedAt) return "ended";
  // Defence in depth: a row longer than the cap (edited by hand) counts as expired at the cap.
  const cap = row.startedAt.getTime() + MAX_IMPERSONATION_MINUTES * 60_000;
  return now.getTime() < Math.min(row.expiresAt.getTime(), cap) ? "active" : "expired";
}

export function timeLeftMs(expiresAt: Date, now: Date): number {
  return Math.max(0, expiresAt.getTime() - now.getTime());
}

/** Why an open session no longer counts on this request, or null while it does. */
export type EndReason = "stopped" | "expired" | "role_revoked" | "signed_out" | "account_removed";

export function whyEnded(
  row: { endedAt: Date | null; expiresAt: Date; startedAt: Date },
  staffRole: UserRole,
  now: Date,
): "expired" | "role_revoked" | null {
  if (!isStaffRole(staffRole)) return "role_revoked";
  if (sessionState(row, now) === "expired") return "expired";
  return null;
}

