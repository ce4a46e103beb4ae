import { timingSafeEqual } from "node:crypto";
import { unauthenticated } from "../errors";
import type { Store } from "../store";
import type { Account } from "../types";

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** HTTP Basic with AccountSid:AuthToken or ApiKeySid:Secret (a key belongs to one account). */
export function authenticate(
  store: Store,
  header: string | undefined,
): { account: Account; viaApiKey: boolean } {
  if (!header?.startsWith("Basic ")) throw unauthenticated();
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) throw unauthenticated();
  const user = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (user.startsWith("AC")) {
    const account = store.accounts.get(user);
    if (account && account.status === "active" && safeEqual(account.auth_token, secret)) {
      return { account, viaApiKey: false };
    }
  } else if (user.startsWith("SK")) {
    const key = store.apiKeys.get(user);
    const account = key && store.accounts.get(key.account_sid);
    if (key && account && account.status === "active" && safeEqual(key.secret, secret)) {
      return { account, viaApiKey: true };
    }
  }
  throw unauthenticated();
}

/**
 * v2010: the caller's own account, or one of its subaccounts when the caller is the parent
 * authenticating with its own token (parent API keys do not reach subaccounts).
 */
export function canReachAccount(
  caller: { account: Account; viaApiKey: boolean },
  target: Account,
): boolean {
  if (target.sid === caller.account.sid) return true;
  return !caller.viaApiKey && target.owner_account_sid === caller.account.sid;
}
