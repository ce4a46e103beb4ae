import "server-only";
import { AppError } from "@/lib/errors";
import { acquireLease, releaseLease } from "./store";

/**
 * Runs one step that calls Twilio while holding the request's lease, so two tabs or a double
 * click never run two steps at once; the other caller is told to wait, and nothing is lost.
 */
export async function withLease<T>(requestId: string, step: () => Promise<T>): Promise<T> {
  if (!(await acquireLease(requestId))) throw new AppError("busy:update_request");
  try {
    return await step();
  } finally {
    await releaseLease(requestId);
  }
}
