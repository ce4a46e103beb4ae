import { badRequest, notFound } from "../errors";
import { ok, resourcePath, type Handler } from "../http/context";
import { numbersPage } from "../http/paging";
import { rc } from "../http/urls";
import {
  deriveEndUserTypes,
  deriveSupportingDocumentTypes,
  regulationView,
} from "../rules/document-types";
import { isEndUserType, numberTypeOf } from "./resolve-regulation";

/** EndUserTypes, SupportingDocumentTypes and Regulations: read-only catalogues. */
export const listEndUserTypes: Handler = (ctx) =>
  ok(
    numbersPage(
      ctx.req,
      deriveEndUserTypes(ctx.store.regulations.all()),
      "end_user_types",
      rc("/EndUserTypes"),
      (t) => t,
    ),
  );

export const fetchEndUserType: Handler = (ctx) => {
  const type = deriveEndUserTypes(ctx.store.regulations.all()).find(
    (t) => t.sid === ctx.params.Sid || t.machine_name === ctx.params.Sid,
  );
  if (!type) throw notFound(resourcePath(ctx));
  return ok(type);
};

export const listSupportingDocumentTypes: Handler = (ctx) =>
  ok(
    numbersPage(
      ctx.req,
      deriveSupportingDocumentTypes(ctx.store.regulations.all()),
      "supporting_document_types",
      rc("/SupportingDocumentTypes"),
      (t) => t,
    ),
  );

export const fetchSupportingDocumentType: Handler = (ctx) => {
  const type = deriveSupportingDocumentTypes(ctx.store.regulations.all()).find(
    (t) => t.sid === ctx.params.Sid || t.machine_name === ctx.params.Sid,
  );
  if (!type) throw notFound(resourcePath(ctx));
  return ok(type);
};

/** Regulations list; an invalid EndUserType or NumberType filter is 22212 / 22213, as Twilio's dictionary has it. */
export const listRegulations: Handler = (ctx) => {
  const iso = ctx.query.str("IsoCountry")?.toUpperCase();
  const rawType = ctx.query.str("NumberType");
  const numberType = rawType === undefined ? undefined : numberTypeOf(rawType);
  if (numberType === null) throw badRequest(22213, `Invalid Number Type in request: ${rawType}`);
  const endUserType = ctx.query.str("EndUserType")?.toLowerCase();
  if (endUserType !== undefined && !isEndUserType(endUserType))
    throw badRequest(22212, `Invalid End-User Type in request: ${endUserType}`);
  const include = ctx.query.bool("IncludeConstraints") ?? false;
  const rows = ctx.store.regulations
    .all()
    .filter(
      (r) =>
        (!iso || r.iso_country === iso) &&
        (!numberType || r.number_type === numberType) &&
        (!endUserType || r.end_user_type === endUserType),
    );
  return ok(
    numbersPage(ctx.req, rows, "results", rc("/Regulations"), (r) => regulationView(r, include)),
  );
};

export const fetchRegulation: Handler = (ctx) => {
  const regulation = ctx.store.regulations.get(ctx.params.Sid!);
  if (!regulation) throw notFound(resourcePath(ctx));
  return ok(regulationView(regulation, ctx.query.bool("IncludeConstraints") ?? false));
};
