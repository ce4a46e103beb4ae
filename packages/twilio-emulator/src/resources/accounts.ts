import { notFound } from "../errors";
import { ok, type Handler } from "../http/context";
import { v2010Page } from "../http/paging";
import { canReachAccount } from "../http/auth";
import { accountJson } from "../serialize/v2010";

/** v2010 Accounts: the caller's account and, for a parent, its subaccounts (with their auth tokens). */
export const listAccounts: Handler = (ctx) => {
  const friendlyName = ctx.query.str("FriendlyName");
  const status = ctx.query.str("Status");
  const rows = ctx.store.accounts
    .all()
    .filter((a) => canReachAccount(ctx.caller, a))
    .filter(
      (a) =>
        (!friendlyName || a.friendly_name === friendlyName) && (!status || a.status === status),
    );
  return ok(v2010Page(ctx.req, rows, "accounts", "/2010-04-01/Accounts.json", accountJson));
};

export const fetchAccount: Handler = (ctx) => {
  const account = ctx.store.accounts.get(ctx.params.Sid!);
  if (!account || !canReachAccount(ctx.caller, account)) {
    throw notFound(`/2010-04-01/Accounts/${ctx.params.Sid}.json`);
  }
  return ok(accountJson(account));
};
