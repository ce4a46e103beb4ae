import type { Handler } from "./context";
import * as accounts from "../resources/accounts";
import * as addresses from "../resources/addresses";
import * as bundles from "../resources/bundles";
import * as catalog from "../resources/catalog";
import * as copies from "../resources/copies";
import * as endUsers from "../resources/end-users";
import * as evaluations from "../resources/evaluations";
import * as items from "../resources/item-assignments";
import * as numbers from "../resources/phone-numbers";
import * as replace from "../resources/replace-items";
import * as docs from "../resources/supporting-documents";

/**
 * Twilio's paths. `scope` says how the acting account is found: numbers v2 from the credentials
 * alone (no account in the path), v2010 from `:AccountSid` (a parent reaches its subaccounts).
 * Operation names are the OpenAPI operationIds (stats and the conformance test use them).
 */
export interface Route {
  method: "GET" | "POST" | "DELETE";
  path: string;
  operation: string;
  scope: "numbers" | "v2010" | "v2010-root";
  handler: Handler;
}

const RC = "/v2/RegulatoryCompliance";
const ACC = "/2010-04-01/Accounts/:AccountSid";

export const ROUTES: Route[] = [
  {
    method: "POST",
    path: `${RC}/Bundles`,
    operation: "CreateBundle",
    scope: "numbers",
    handler: bundles.createBundle,
  },
  {
    method: "GET",
    path: `${RC}/Bundles`,
    operation: "ListBundle",
    scope: "numbers",
    handler: bundles.listBundles,
  },
  {
    method: "GET",
    path: `${RC}/Bundles/:Sid`,
    operation: "FetchBundle",
    scope: "numbers",
    handler: bundles.fetchBundle,
  },
  {
    method: "POST",
    path: `${RC}/Bundles/:Sid`,
    operation: "UpdateBundle",
    scope: "numbers",
    handler: bundles.updateBundle,
  },
  {
    method: "DELETE",
    path: `${RC}/Bundles/:Sid`,
    operation: "DeleteBundle",
    scope: "numbers",
    handler: bundles.deleteBundle,
  },
  {
    method: "POST",
    path: `${RC}/Bundles/:BundleSid/Copies`,
    operation: "CreateBundleCopy",
    scope: "numbers",
    handler: copies.createBundleCopy,
  },
  {
    method: "GET",
    path: `${RC}/Bundles/:BundleSid/Copies`,
    operation: "ListBundleCopy",
    scope: "numbers",
    handler: copies.listBundleCopies,
  },
  {
    method: "POST",
    path: `${RC}/Bundles/:BundleSid/ReplaceItems`,
    operation: "CreateReplaceItems",
    scope: "numbers",
    handler: replace.replaceItems,
  },
  {
    method: "POST",
    path: `${RC}/Bundles/:BundleSid/Evaluations`,
    operation: "CreateEvaluation",
    scope: "numbers",
    handler: evaluations.createEvaluation,
  },
  {
    method: "GET",
    path: `${RC}/Bundles/:BundleSid/Evaluations`,
    operation: "ListEvaluation",
    scope: "numbers",
    handler: evaluations.listEvaluations,
  },
  {
    method: "GET",
    path: `${RC}/Bundles/:BundleSid/Evaluations/:Sid`,
    operation: "FetchEvaluation",
    scope: "numbers",
    handler: evaluations.fetchEvaluation,
  },
  {
    method: "POST",
    path: `${RC}/Bundles/:BundleSid/ItemAssignments`,
    operation: "CreateItemAssignment",
    scope: "numbers",
    handler: items.createItemAssignment,
  },
  {
    method: "GET",
    path: `${RC}/Bundles/:BundleSid/ItemAssignments`,
    operation: "ListItemAssignment",
    scope: "numbers",
    handler: items.listItemAssignments,
  },
  {
    method: "GET",
    path: `${RC}/Bundles/:BundleSid/ItemAssignments/:Sid`,
    operation: "FetchItemAssignment",
    scope: "numbers",
    handler: items.fetchItemAssignment,
  },
  {
    method: "DELETE",
    path: `${RC}/Bundles/:BundleSid/ItemAssignments/:Sid`,
    operation: "DeleteItemAssignment",
    scope: "numbers",
    handler: items.deleteItemAssignment,
  },
  {
    method: "POST",
    path: `${RC}/EndUsers`,
    operation: "CreateEndUser",
    scope: "numbers",
    handler: endUsers.createEndUser,
  },
  {
    method: "GET",
    path: `${RC}/EndUsers`,
    operation: "ListEndUser",
    scope: "numbers",
    handler: endUsers.listEndUsers,
  },
  {
    method: "GET",
    path: `${RC}/EndUsers/:Sid`,
    operation: "FetchEndUser",
    scope: "numbers",
    handler: endUsers.fetchEndUser,
  },
  {
    method: "POST",
    path: `${RC}/EndUsers/:Sid`,
    operation: "UpdateEndUser",
    scope: "numbers",
    handler: endUsers.updateEndUser,
  },
  {
    method: "DELETE",
    path: `${RC}/EndUsers/:Sid`,
    operation: "DeleteEndUser",
    scope: "numbers",
    handler: endUsers.deleteEndUser,
  },
  {
    method: "POST",
    path: `${RC}/SupportingDocuments`,
    operation: "CreateSupportingDocument",
    scope: "numbers",
    handler: docs.createSupportingDocument,
  },
  {
    method: "GET",
    path: `${RC}/SupportingDocuments`,
    operation: "ListSupportingDocument",
    scope: "numbers",
    handler: docs.listSupportingDocuments,
  },
  {
    method: "GET",
    path: `${RC}/SupportingDocuments/:Sid`,
    operation: "FetchSupportingDocument",
    scope: "numbers",
    handler: docs.fetchSupportingDocument,
  },
  {
    method: "POST",
    path: `${RC}/SupportingDocuments/:Sid`,
    operation: "UpdateSupportingDocument",
    scope: "numbers",
    handler: docs.updateSupportingDocument,
  },
  {
    method: "DELETE",
    path: `${RC}/SupportingDocuments/:Sid`,
    operation: "DeleteSupportingDocument",
    scope: "numbers",
    handler: docs.deleteSupportingDocument,
  },
  {
    method: "GET",
    path: `${RC}/EndUserTypes`,
    operation: "ListEndUserType",
    scope: "numbers",
    handler: catalog.listEndUserTypes,
  },
  {
    method: "GET",
    path: `${RC}/EndUserTypes/:Sid`,
    operation: "FetchEndUserType",
    scope: "numbers",
    handler: catalog.fetchEndUserType,
  },
  {
    method: "GET",
    path: `${RC}/SupportingDocumentTypes`,
    operation: "ListSupportingDocumentType",
    scope: "numbers",
    handler: catalog.listSupportingDocumentTypes,
  },
  {
    method: "GET",
    path: `${RC}/SupportingDocumentTypes/:Sid`,
    operation: "FetchSupportingDocumentType",
    scope: "numbers",
    handler: catalog.fetchSupportingDocumentType,
  },
  {
    method: "GET",
    path: `${RC}/Regulations`,
    operation: "ListRegulation",
    scope: "numbers",
    handler: catalog.listRegulations,
  },
  {
    method: "GET",
    path: `${RC}/Regulations/:Sid`,
    operation: "FetchRegulation",
    scope: "numbers",
    handler: catalog.fetchRegulation,
  },
  {
    method: "GET",
    path: "/2010-04-01/Accounts.json",
    operation: "ListAccount",
    scope: "v2010-root",
    handler: accounts.listAccounts,
  },
  {
    method: "GET",
    path: "/2010-04-01/Accounts/:Sid.json",
    operation: "FetchAccount",
    scope: "v2010-root",
    handler: accounts.fetchAccount,
  },
  {
    method: "POST",
    path: `${ACC}/Addresses.json`,
    operation: "CreateAddress",
    scope: "v2010",
    handler: addresses.createAddress,
  },
  {
    method: "GET",
    path: `${ACC}/Addresses.json`,
    operation: "ListAddress",
    scope: "v2010",
    handler: addresses.listAddresses,
  },
  {
    method: "GET",
    path: `${ACC}/Addresses/:Sid.json`,
    operation: "FetchAddress",
    scope: "v2010",
    handler: addresses.fetchAddress,
  },
  {
    method: "POST",
    path: `${ACC}/Addresses/:Sid.json`,
    operation: "UpdateAddress",
    scope: "v2010",
    handler: addresses.updateAddress,
  },
  {
    method: "DELETE",
    path: `${ACC}/Addresses/:Sid.json`,
    operation: "DeleteAddress",
    scope: "v2010",
    handler: addresses.deleteAddress,
  },
  {
    method: "GET",
    path: `${ACC}/IncomingPhoneNumbers.json`,
    operation: "ListIncomingPhoneNumber",
    scope: "v2010",
    handler: numbers.listIncomingPhoneNumbers,
  },
  {
    method: "GET",
    path: `${ACC}/IncomingPhoneNumbers/:Sid.json`,
    operation: "FetchIncomingPhoneNumber",
    scope: "v2010",
    handler: numbers.fetchIncomingPhoneNumber,
  },
];

interface Compiled extends Route {
  regex: RegExp;
}

const compiled: Compiled[] = ROUTES.map((r) => ({
  ...r,
  regex: new RegExp(`^${r.path.replace(/\./g, "\\.").replace(/:(\w+)/g, "(?<$1>[^/.]+)")}$`),
}));

export type RouteMatch =
  { route: Route; params: Record<string, string> } | { methodNotAllowed: true } | null;

export function matchRoute(method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const r of compiled) {
    const m = r.regex.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (r.method === method) return { route: r, params: { ...m.groups } };
  }
  return pathMatched ? { methodNotAllowed: true } : null;
}
