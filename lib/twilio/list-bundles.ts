import { toBundle } from "./convert";
import { bundlesPageUrlFromCursor } from "./cursor";
import { toPaged } from "./paging";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import type { Bundle, BundleStatus, EndUserType, Paged } from "@/lib/domain/types";

export interface ListBundlesQuery {
  status?: BundleStatus;
  isoCountry?: string;
  numberType?: string;
  endUserType?: EndUserType;
  regulationSid?: string;
  friendlyName?: string;
  hasValidUntilDate?: boolean;
  sortBy?: "valid-until" | "date-updated";
  sortDirection?: "ASC" | "DESC";
  /** On or before (Twilio's `ValidUntilDate<`). */
  validUntilDateBefore?: Date;
  /** On or after (Twilio's `ValidUntilDate>`). */
  validUntilDateAfter?: Date;
  /** 1–1000, default 50. */
  pageSize?: number;
  /** A `nextPageUrl`/`previousPageUrl` from an earlier result; it carries the filters, so the rest of the query is ignored. */
  cursor?: string | null;
}

/** One page of the account's Bundles, paged by Twilio (server side). */
export async function listBundles(
  accountSid: string,
  query: ListBundlesQuery = {},
): Promise<Paged<Bundle>> {
  const { cursor, pageSize, ...filters } = query;
  const targetUrl = cursor ? bundlesPageUrlFromCursor(cursor) : null;
  const rc = await regulatoryCompliance(accountSid);
  const page = await withReadRetry(
    () =>
      targetUrl
        ? rc.bundles.getPage(targetUrl)
        : rc.bundles.page({
            ...filters,
            pageSize: Math.min(Math.max(Math.trunc(pageSize ?? 50), 1), 1000),
          }),
    { surface: "bundle" },
  );
  return toPaged(page, toBundle);
}
