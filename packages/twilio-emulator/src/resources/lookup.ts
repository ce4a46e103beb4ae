import { notFound } from "../errors";
import { resourcePath, type Ctx } from "../http/context";
import type { Bundle, EndUser, SupportingDocument } from "../types";

/** Finds a resource of the caller's account; another account's SID answers 404 like a missing one. */
function owned<T extends { account_sid: string }>(ctx: Ctx, row: T | undefined): T {
  if (!row || row.account_sid !== ctx.account.sid) throw notFound(resourcePath(ctx));
  return row;
}

export const findBundle = (ctx: Ctx, sid: string): Bundle => owned(ctx, ctx.store.bundles.get(sid));
export const findEndUser = (ctx: Ctx, sid: string): EndUser =>
  owned(ctx, ctx.store.endUsers.get(sid));
export const findDocument = (ctx: Ctx, sid: string): SupportingDocument =>
  owned(ctx, ctx.store.supportingDocuments.get(sid));
