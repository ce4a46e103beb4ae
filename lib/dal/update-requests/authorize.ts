import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { GatewayError, fetchBundle, type Bundle } from "@/lib/twilio";
import { findOpenRequest } from "./store";

/**
 * The caller's own original Bundle. Read with the account's subaccount credentials, so Twilio
 * answers 404 for any other account's SID; that and a malformed SID read "not found" alike.
 */
export async function requireOriginal(ctx: AccountContext, sid: string): Promise<Bundle> {
  try {
    const bundle = await fetchBundle(ctx.account.subaccountSid, sid);
    if (bundle.accountSid && bundle.accountSid !== ctx.account.subaccountSid) throw notFound();
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
