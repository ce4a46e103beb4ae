import { toRegulation } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import type { Regulation } from "@/lib/domain/types";

/**
 * Twilio's Regulation catalogue (`GET Regulations`), without field constraints. It is the same for
 * every account; the worklist reads it to name countries and number types and caches it.
 */
export async function listRegulations(accountSid: string): Promise<Regulation[]> {
  const rc = await regulatoryCompliance(accountSid);
  const regulations = await withReadRetry(
    () =>
      rc.regulations.list({
        includeConstraints: false,
        pageSize: 1000,
        limit: 5000,
      }),
    { surface: "regulation" },
  );
  return regulations.map(toRegulation);
}
