import { createHash, randomBytes } from "node:crypto";

/** Twilio SIDs: a two-letter prefix and 32 lowercase hex digits (34 characters). */
export type SidPrefix = "AC" | "BU" | "IT" | "RD" | "BV" | "EL" | "RN" | "OY" | "AD" | "PN" | "SK";

export function newSid(prefix: SidPrefix): string {
  return prefix + randomBytes(16).toString("hex");
}

/** A reproducible SID for seed data, so demo links and docs stay stable across resets. */
export function stableSid(prefix: SidPrefix, key: string): string {
  return prefix + createHash("sha256").update(key).digest("hex").slice(0, 32);
}
