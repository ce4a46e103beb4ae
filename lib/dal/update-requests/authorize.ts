import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { GatewayError } from "@/lib/twilio";
import type { Bundle } from "@/lib/domain/types";
import { fetchOriginal, recentOriginal } from "./original-reads";
import { findOpenRequest } from "./store";

/**
 * The caller's own original Bundle. Read with the account's subaccount credentials, so Twilio
 * answers 404 for any other account's SID; that and a malformed SID read "not found" alike.
 * `recent`: a read by the same account moments ago will do, if it began after `notBefore` (see
 * original-reads.ts).
 */
export async function requireOriginal(
  ctx: AccountContext,
  sid: string,
  options: { recent?: { notBefore: Date | null } } = {},
): Promise<Bundle> {
  const sub = ctx.account.subaccountSid;
  const known = options.recent ? recentOriginal(sub, sid, options.recent.notBefore) : null;
  if (known) return known;
  try {
    const bundle = await fetchOriginal(sub, sid);
    if (bundle.accountSid && bundle.accountSid !== sub) throw notFound();
    return bundle;
  } catch (error) {
    if (error instanceof GatewayError && error.code.startsWith("not_found:")) throw notFound();
    throw error;
  }
}

const notFound = () => new AppError("not_found:bundle");

/** The open update request of one of the caller's Bundles; scoped by account in the query. */
export async function requireOpenRequest(ctx: AccountContext, originalSid: string) {
  const row = await findOpenRequest(ctx.account.id, originalSid);
  if (!row) throw new AppError("not_found:update_request");
  return row;
}
