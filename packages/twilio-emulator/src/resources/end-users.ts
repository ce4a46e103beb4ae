import { badRequest } from "../errors";
import { created, noContent, ok, type Handler } from "../http/context";
import { numbersPage } from "../http/paging";
import { rc } from "../http/urls";
import { isAssigned } from "../items";
import { endUserJson } from "../serialize/numbers";
import { newSid } from "../sid";
import type { EndUserType } from "../types";
import { assertItemMutable } from "./item-locks";
import { findEndUser } from "./lookup";

function endUserType(value: string): EndUserType {
  if (value !== "individual" && value !== "business") {
    throw badRequest(20001, `Invalid Type ${value}: must be individual or business`);
  }
  return value;
}

export const createEndUser: Handler = (ctx) => {
  const friendlyName = ctx.body.required("FriendlyName");
  const type = endUserType(ctx.body.required("Type"));
  const now = ctx.store.now();
  const endUser = ctx.store.endUsers.put({
    sid: newSid("IT"),
    account_sid: ctx.account.sid,
    friendly_name: friendlyName,
    type,
    attributes: ctx.body.attributes() ?? {},
    date_created: now,
    date_updated: now,
    copied_from: null,
  });
  return created(endUserJson(endUser));
};

export const listEndUsers: Handler = (ctx) =>
  ok(
    numbersPage(
      ctx.req,
      ctx.store.endUsers.by(ctx.account.sid),
      "results",
      rc("/EndUsers"),
      endUserJson,
    ),
  );

export const fetchEndUser: Handler = (ctx) => ok(endUserJson(findEndUser(ctx, ctx.params.Sid!)));

export const updateEndUser: Handler = (ctx) => {
  const endUser = findEndUser(ctx, ctx.params.Sid!);
  assertItemMutable(ctx.store, endUser.sid);
  if (ctx.body.has("FriendlyName")) endUser.friendly_name = ctx.body.required("FriendlyName");
  const attributes = ctx.body.attributes();
  if (attributes !== undefined) endUser.attributes = attributes;
  endUser.date_updated = ctx.store.now();
  ctx.store.endUsers.put(endUser);
  return ok(endUserJson(endUser));
};

export const deleteEndUser: Handler = (ctx) => {
  const endUser = findEndUser(ctx, ctx.params.Sid!);
  if (isAssigned(ctx.store, endUser.sid)) {
    throw badRequest(21644, "End User cannot be deleted while it is assigned to a Bundle");
  }
  ctx.store.endUsers.delete(endUser.sid);
  return noContent();
};
