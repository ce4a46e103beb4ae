/**
 * What a step keeps on the request's row for the steps and renders that follow: Twilio's copy and
 * original as last read or written, the copy's latest Evaluation, and the copy as Twilio made it.
 * On the row (jsonb), so every instance sees the same and nothing that matters lives in a
 * process (issue 11). Dates travel as ISO strings and are revived on read.
 */
import type { UpdateRequestRow } from "@/lib/db/schema";
import type { MessageKey } from "@/lib/errors";
import type { BundleWithItems } from "@/lib/twilio";
import type { Bundle, Evaluation } from "@/lib/domain/types";

export type KeptCopy = BundleWithItems & {
  /** false: the items were not fetched (under review they cannot change). */
  itemsRead: boolean;
};

export interface KeptSnapshot {
  original: Bundle | null;
  copy: KeptCopy | null;
  /** When Twilio last told us (a read, or the answer to our own write). */
  readAt: string;
  /** The row's updated_at when this was kept: any later write (a callback, another tab) voids it. */
  rowVersion: string;
}

/**
 * How long what a step kept stands in for Twilio, provided nobody wrote to the request since:
 * a person's pace between steps (the bench replays 35 s), short enough that an edit made in
 * Twilio's Console is seen on the next step after a pause. Twilio re-checks what matters itself
 * (it refuses a noncompliant submit and a ReplaceItems from an unapproved copy).
 */
export const KEPT_FOR_MS = 2 * 60 * 1000;

const DATE_KEYS = new Set(["validUntil", "dateCreated", "dateUpdated"]);

/** JSON.parse's shape back to the gateway's types: the date fields become Dates again. */
function revive<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((v) => revive(v)) as T;
  if (!value || typeof value !== "object") return value as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = DATE_KEYS.has(key) && typeof v === "string" ? new Date(v) : revive(v);
  }
  return out as T;
}

export function keptSnapshot(row: UpdateRequestRow, now = Date.now()): KeptSnapshot | null {
  const kept = row.snapshot as KeptSnapshot | null;
  if (!kept || kept.rowVersion !== row.updatedAt.toISOString()) return null;
  if (now - Date.parse(kept.readAt) > KEPT_FOR_MS) return null;
  return revive<KeptSnapshot>(kept);
}

export const keptEvaluation = (row: UpdateRequestRow): Evaluation | null =>
  row.evaluation ? revive<Evaluation>(row.evaluation) : null;

export const keptBaseline = (row: UpdateRequestRow): BundleWithItems | null =>
  row.baseline ? revive<BundleWithItems>(row.baseline) : null;

/** A document made for a section, kept until its assignment to the copy succeeds (issue 10 R4). */
export interface PendingItem {
  groupId: string;
  /** The section's values and file, hashed: a retry with the same content reuses the item. */
  fingerprint: string;
  itemSid: string;
}

export const pendingItemOf = (row: UpdateRequestRow): PendingItem | null =>
  (row.pendingItem as PendingItem | null) ?? null;

/** A step that failed, as the page shows it until a step succeeds (issue 10 R3). */
export interface StepFailure {
  step: string;
  code: string;
  /** English, as logged; shown in the reader's language through `messageKey` (issue 16). */
  message: string;
  messageKey?: MessageKey;
  at: string;
}

export const lastFailureOf = (row: UpdateRequestRow): StepFailure | null =>
  (row.lastFailure as StepFailure | null) ?? null;
