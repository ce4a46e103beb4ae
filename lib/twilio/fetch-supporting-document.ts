import { toSupportingDocument } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { SupportingDocument } from "@/lib/domain/types";

export async function fetchSupportingDocument(
  accountSid: string,
  documentSid: string,
): Promise<SupportingDocument> {
  assertSid(documentSid, "RD", "supporting_document");
  const rc = await regulatoryCompliance(accountSid);
  const document = await withReadRetry(() => rc.supportingDocuments(documentSid).fetch(), {
    surface: "supporting_document",
  });
  return toSupportingDocument(document);
}
