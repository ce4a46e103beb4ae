import type { DocumentRequirement } from "../types";
import { acceptedDocument, documentRequirement, F } from "./regulation-builders";

/**
 * The requirement the demo's German regulation change adds: a photo ID of the authorized
 * representative showing their home address (a file upload plus an address, cross-checked
 * against the End-User's name).
 */
export function representativeIdRequirement(): DocumentRequirement {
  return documentRequirement(
    "name_of_auth_rep_info",
    "Identity of the Authorized Representative",
    "A valid government-issued photo ID of the authorized representative, showing their name and address.",
    [
      acceptedDocument(
        "government_issued_document",
        "Government-issued ID of the Authorized Representative",
        [
          F.firstName("First Name", "First name as shown on the ID"),
          F.lastName("Last Name", "Last name as shown on the ID"),
          F.addressSids("Address sid(s)", "Address shown on the ID"),
        ],
      ),
    ],
  );
}
