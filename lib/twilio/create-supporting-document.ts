import { toSupportingDocument } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import type { Attributes, SupportingDocument } from "@/lib/domain/types";

/**
 * A document without a file (e.g. an address proof satisfied by `address_sids`). For documents
 * that need a file, use uploadSupportingDocument.
 */
export async function createSupportingDocument(
  accountSid: string,
  input: { friendlyName: string; type: string; attributes: Attributes },
): Promise<SupportingDocument> {
  const rc = await regulatoryCompliance(accountSid);
  const document = await withWrite(
    () => rc.supportingDocuments.create(input),
    "supporting_document",
  );
  return toSupportingDocument(document);
}
