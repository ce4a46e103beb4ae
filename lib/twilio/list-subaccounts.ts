import { getParentClient } from "./clients";
import { getTwilioConfig } from "./config";
import { toAccount } from "./convert";
import { withReadRetry } from "./retry";
import type { Account } from "./types";

/** The parent's subaccounts (the parent itself is left out). No tokens in the result. */
export async function listSubaccounts(
  options: { status?: Account["status"]; friendlyName?: string } = {},
): Promise<Account[]> {
  const { parentAccountSid } = getTwilioConfig();
  const parent = getParentClient();
  const accounts = await withReadRetry(
    () =>
      parent.api.v2010.accounts.list({
        status: options.status,
        friendlyName: options.friendlyName,
        pageSize: 1000,
      }),
    { surface: "account" },
  );
  return accounts.filter((a) => a.sid !== parentAccountSid).map(toAccount);
}
