/**
 * zod schemas for what the database row holds. The JSON columns (`lastEvaluation`, `rejection`,
 * `attention`) come back from jsonb with ISO strings for dates, hence `z.coerce.date()`; parse
 * them with these schemas on read so a malformed row fails loudly instead of steering the saga.
 */
import { z } from "zod";
import { FAILURE_REASONS, PHASES, RECOVERIES, STEP_IDS } from "./states";

export const evaluationSummarySchema = z.object({
  status: z.enum(["compliant", "noncompliant"]),
  failedCount: z.number().int().min(0),
  at: z.coerce.date(),
});

export const rejectionSchema = z.object({
  reasons: z.array(z.string()),
  at: z.coerce.date(),
});

export const attentionSchema = z.object({
  reason: z.enum(FAILURE_REASONS),
  message: z.string().min(1),
  recovery: z.enum(RECOVERIES),
  atStep: z.enum(STEP_IDS),
});

export const phaseSchema = z.enum(PHASES);

/** The update_requests row: one per original Bundle at a time (a unique index on it, not done). */
export const storedRequestSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  originalSid: z.string().min(1),
  copySid: z.string().min(1).nullable(),
  phase: phaseSchema,
  lastEvaluation: evaluationSummarySchema.nullable(),
  rejection: rejectionSchema.nullable(),
  attention: attentionSchema.nullable(),
  /** Last customer edit of the copy; evaluations older than this no longer count. */
  itemsChangedAt: z.coerce.date().nullable(),
  submittedAt: z.coerce.date().nullable(),
  /** When ReplaceItems succeeded (the original's valid_until is confirmed separately). */
  itemsReplacedAt: z.coerce.date().nullable(),
  createdAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
});

export type StoredRequest = z.output<typeof storedRequestSchema>;

/** The columns the workflow owns; the rest (ids, timestamps) belong to the data layer. */
export type StoredProgress = Pick<
  StoredRequest,
  | "phase"
  | "copySid"
  | "lastEvaluation"
  | "rejection"
  | "attention"
  | "itemsChangedAt"
  | "submittedAt"
  | "itemsReplacedAt"
>;
