import { rfc2822Date } from "../dates";
import { v2010 } from "../http/urls";
import type { Account, Address, IncomingPhoneNumber } from "../types";

export function accountJson(a: Account) {
  const base = `/2010-04-01/Accounts/${a.sid}`;
  return {
    auth_token: a.auth_token,
    date_created: rfc2822Date(a.date_created),
    date_updated: rfc2822Date(a.date_updated),
    friendly_name: a.friendly_name,
    owner_account_sid: a.owner_account_sid,
    sid: a.sid,
    status: a.status,
    subresource_uris: {
      addresses: `${base}/Addresses.json`,
      incoming_phone_numbers: `${base}/IncomingPhoneNumbers.json`,
    },
    type: a.type,
    uri: `${base}.json`,
  };
}

export function addressJson(a: Address) {
  return {
    account_sid: a.account_sid,
    city: a.city,
    customer_name: a.customer_name,
    date_created: rfc2822Date(a.date_created),
    date_updated: rfc2822Date(a.date_updated),
    emergency_enabled: a.emergency_enabled,
    friendly_name: a.friendly_name,
    iso_country: a.iso_country,
    postal_code: a.postal_code,
    region: a.region,
    sid: a.sid,
    street: a.street,
    street_secondary: a.street_secondary,
    validated: a.validated,
    verified: a.verified,
    uri: v2010(a.account_sid, `/Addresses/${a.sid}.json`),
  };
}

export function phoneNumberJson(p: IncomingPhoneNumber) {
  return {
    account_sid: p.account_sid,
    address_requirements: p.address_requirements,
    address_sid: p.address_sid,
    api_version: "2010-04-01",
    beta: false,
    bundle_sid: p.bundle_sid,
    capabilities: { voice: true, sms: true, mms: false, fax: false },
    date_created: rfc2822Date(p.date_created),
    date_updated: rfc2822Date(p.date_updated),
    emergency_status: "Inactive",
    friendly_name: p.friendly_name,
    identity_sid: null,
    origin: "twilio",
    phone_number: p.phone_number,
    sid: p.sid,
    sms_method: "POST",
    sms_url: null,
    status: "in-use",
    status_callback: null,
    status_callback_method: "POST",
    trunk_sid: null,
    uri: v2010(p.account_sid, `/IncomingPhoneNumbers/${p.sid}.json`),
    voice_method: "POST",
    voice_url: null,
  };
}
