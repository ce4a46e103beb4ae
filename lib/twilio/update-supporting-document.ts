import { toSupportingDocument } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { Attributes, SupportingDocument } from "@/lib/domain/types";

/** `attributes` replaces the whole object. The file itself cannot be changed: upload a new document. */
export async function updateSupportingDocument(
  accountSid: string,
  documentSid: string,
  input: { friendlyName?: string; attributes?: Attributes },
): Promise<SupportingDocument> {
  assertSid(documentSid, "RD", "supporting_document");
  const rc = await regulatoryCompliance(accountSid);
  const document = await withWrite(
    () => rc.supportingDocuments(documentSid).update(input),
    "supporting_document",
  );
  return toSupportingDocument(document);
}
