import { badRequest, notFound } from "../errors";
import { created, noContent, ok, type Ctx, type Handler } from "../http/context";
import { v2010Page } from "../http/paging";
import { v2010 } from "../http/urls";
import { addressJson } from "../serialize/v2010";
import { newSid } from "../sid";
import type { Address } from "../types";

const REQUIRED = ["CustomerName", "Street", "City", "Region", "PostalCode", "IsoCountry"] as const;

function findAddress(ctx: Ctx): Address {
  const address = ctx.store.addresses.get(ctx.params.Sid!);
  if (!address || address.account_sid !== ctx.account.sid) throw notFound(ctx.req.path);
  return address;
}

/** 21630: an address referenced by an approved document cannot be updated. */
function assertMutable(ctx: Ctx, address: Address): void {
  const locked = ctx.store.supportingDocuments
    .by(ctx.account.sid)
    .some(
      (d) =>
        d.status === "approved" &&
        Array.isArray(d.attributes.address_sids) &&
        d.attributes.address_sids.includes(address.sid),
    );
  if (locked)
    throw badRequest(21630, "Cannot mutate Address that is linked to a verified Document");
}

export const createAddress: Handler = (ctx) => {
  const [customer_name, street, city, region, postal_code, iso] = REQUIRED.map((p) =>
    ctx.body.required(p),
  );
  const friendlyName = ctx.body.str("FriendlyName") ?? null;
  if (friendlyName && friendlyName.length > 64)
    throw badRequest(21628, "FriendlyName must be at most 64 characters");
  if (!/^[A-Za-z]{2}$/.test(iso!)) throw badRequest(21628, `Invalid IsoCountry ${iso}`);
  const now = ctx.store.now();
  const address = ctx.store.addresses.put({
    sid: newSid("AD"),
    account_sid: ctx.account.sid,
    customer_name: customer_name!,
    friendly_name: friendlyName,
    street: street!,
    street_secondary: ctx.body.str("StreetSecondary") ?? null,
    city: city!,
    region: region!,
    postal_code: postal_code!,
    iso_country: iso!.toUpperCase(),
    emergency_enabled: ctx.body.bool("EmergencyEnabled") ?? false,
    validated: true,
    verified: false,
    date_created: now,
    date_updated: now,
  });
  return created(addressJson(address));
};

export const listAddresses: Handler = (ctx) => {
  const customerName = ctx.query.str("CustomerName");
  const friendlyName = ctx.query.str("FriendlyName");
  const iso = ctx.query.str("IsoCountry")?.toUpperCase();
  const emergency = ctx.query.bool("EmergencyEnabled");
  const rows = ctx.store.addresses
    .by(ctx.account.sid)
    .filter(
      (a) =>
        (!customerName || a.customer_name === customerName) &&
        (!friendlyName || a.friendly_name === friendlyName) &&
        (!iso || a.iso_country === iso) &&
        (emergency === undefined || a.emergency_enabled === emergency),
    );
  return ok(
    v2010Page(ctx.req, rows, "addresses", v2010(ctx.account.sid, "/Addresses.json"), addressJson),
  );
};

export const fetchAddress: Handler = (ctx) => ok(addressJson(findAddress(ctx)));

export const updateAddress: Handler = (ctx) => {
  const address = findAddress(ctx);
  assertMutable(ctx, address);
  const map: Array<[string, keyof Address]> = [
    ["CustomerName", "customer_name"],
    ["Street", "street"],
    ["City", "city"],
    ["Region", "region"],
    ["PostalCode", "postal_code"],
    ["FriendlyName", "friendly_name"],
    ["StreetSecondary", "street_secondary"],
  ];
  for (const [param, field] of map)
    if (ctx.body.has(param))
      (address as unknown as Record<string, unknown>)[field] = ctx.body.str(param);
  const emergency = ctx.body.bool("EmergencyEnabled");
  if (emergency !== undefined) address.emergency_enabled = emergency;
  address.date_updated = ctx.store.now();
  ctx.store.addresses.put(address);
  return ok(addressJson(address));
};

/**
 * Deleting an Address linked to a document is allowed (defaults: addressDeleteWhenLinked): Twilio
 * has 22230 for copying a Bundle whose Address was deleted.
 */
export const deleteAddress: Handler = (ctx) => {
  const address = findAddress(ctx);
  ctx.store.addresses.delete(address.sid);
  return noContent();
};
