import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { fetchRegulation } from "@/lib/twilio";
import type { Regulation } from "@/lib/domain/types";

/**
 * Regulations, with their field definitions, read once per process and hour. They are Twilio's
 * catalogue, the same for every account, and change rarely (when one does, Twilio sets
 * valid_until on the Bundles it affects, which is what the portal acts on). The Bundle page
 * and the update form share this one cache, so the form does not read again what the page read.
 */
const regulations = processWide("regulations", () =>
  createTtlCache<Regulation>({ ttlMs: 60 * 60 * 1000 }),
);

export function cachedRegulation(subaccountSid: string, regulationSid: string) {
  return regulations.get(regulationSid, () =>
    fetchRegulation(subaccountSid, regulationSid, { includeConstraints: true }),
  );
}
