import { notFound } from "../errors";
import { ok, type Handler } from "../http/context";
import { v2010Page } from "../http/paging";
import { v2010 } from "../http/urls";
import { phoneNumberJson } from "../serialize/v2010";

export const listIncomingPhoneNumbers: Handler = (ctx) => {
  const phoneNumber = ctx.query.str("PhoneNumber");
  const friendlyName = ctx.query.str("FriendlyName");
  const rows = ctx.store.phoneNumbers
    .by(ctx.account.sid)
    .filter(
      (p) =>
        (!phoneNumber || p.phone_number.includes(phoneNumber)) &&
        (!friendlyName || p.friendly_name === friendlyName),
    );
  return ok(
    v2010Page(
      ctx.req,
      rows,
      "incoming_phone_numbers",
      v2010(ctx.account.sid, "/IncomingPhoneNumbers.json"),
      phoneNumberJson,
    ),
  );
};

export const fetchIncomingPhoneNumber: Handler = (ctx) => {
  const number = ctx.store.phoneNumbers.get(ctx.params.Sid!);
  if (!number || number.account_sid !== ctx.account.sid) throw notFound(ctx.req.path);
  return ok(phoneNumberJson(number));
};
