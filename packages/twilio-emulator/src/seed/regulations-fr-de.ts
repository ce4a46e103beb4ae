/**
 * Seed regulations for France and Germany, modelled on the structures described in the domain
 * notes (§2.2). Texts are written for the emulator.
 */
import type { Regulation } from "../types";
import {
  C,
  F,
  acceptedDocument,
  documentRequirement,
  endUserRequirement,
  field,
  regulation,
} from "./regulation-builders";

/** France Local Business: reconstructed from Twilio's Evaluation example (7 requirements). */
export function franceLocalBusiness(): Regulation {
  const kbisName = "Excerpt from the commercial register (Extrait K-bis)";
  const govId = () =>
    acceptedDocument("government_issued_document", "Government-issued ID", [
      F.firstName("First Name", "First name as shown on the ID"),
      F.lastName("Last Name", "Last name as shown on the ID"),
    ]);
  return regulation({
    country: "France",
    iso_country: "FR",
    number_type: "local",
    end_user: endUserRequirement("business", [
      F.businessName(
        "Name of the business as registered with the Registre du Commerce et des Sociétés (RCS)",
      ),
      F.businessRegNo("SIREN or SIRET number of the business"),
      F.firstName(),
      F.lastName(),
    ]),
    supporting_document: [
      [
        documentRequirement(
          "business_name_info",
          "Business Name",
          "The registered name of the business.",
          [
            acceptedDocument(
              "commercial_registrar_excerpt",
              `${kbisName} showing name of Authorized Representative`,
              [F.businessName("Business name as shown on the excerpt")],
            ),
          ],
        ),
        documentRequirement(
          "business_address_proof_info",
          "Business Address (Proof of Address)",
          "The registered address of the business. Must be in France, within the area covered by the number's prefix.",
          [
            acceptedDocument(
              "commercial_registrar_excerpt",
              "Excerpt from the commercial register showing French address",
              [F.addressSids()],
            ),
          ],
        ),
        documentRequirement(
          "business_reg_no_info",
          "Business Registration Number",
          "The SIREN/SIRET registration of the business.",
          [
            acceptedDocument("commercial_registrar_excerpt", kbisName, [
              F.documentNumber("Registration number shown on the excerpt"),
            ]),
          ],
        ),
        documentRequirement(
          "name_of_auth_rep_info",
          "Name of Authorized Representative",
          "Identity of the person authorized to represent the business.",
          [govId()],
        ),
        documentRequirement(
          "power_of_attorney_info",
          "Power of Attorney",
          "A signed power of attorney when the requester is not the legal representative.",
          [acceptedDocument("power_of_attorney", "Executed Copy of Power of Attorney", [])],
        ),
        documentRequirement(
          "name_in_power_of_attorney_info",
          "Name of Person granted the Power of Attorney",
          "Identity of the person named in the power of attorney.",
          [govId()],
        ),
      ],
    ],
  });
}

/** Germany Local Business: alternative accepted document types per requirement. */
export function germanyLocalBusiness(): Regulation {
  const excerpt = (fields: ReturnType<typeof field>[]) =>
    acceptedDocument(
      "commercial_registrar_excerpt",
      "Excerpt from the commercial register (Handelsregisterauszug)",
      fields,
    );
  const tradeLicense = (fields: ReturnType<typeof field>[]) =>
    acceptedDocument("trade_license", "Trade license (Gewerbeanmeldung)", fields);
  const taxDocument = (fields: ReturnType<typeof field>[]) =>
    acceptedDocument("tax_document", "Tax registration certificate", fields);
  return regulation({
    country: "Germany",
    iso_country: "DE",
    number_type: "local",
    end_user: endUserRequirement("business", [
      F.businessName(),
      F.businessRegNo("Handelsregister number (HRB/HRA), USt-IdNr or Steuernummer"),
      F.businessWebsite(C.optional),
      F.firstName(),
      F.lastName(),
      F.email("Email", C.optional),
      F.comments(),
    ]),
    supporting_document: [
      [
        documentRequirement(
          "business_reg_no_info",
          "Proof of Registration",
          "Official proof of the business registration number.",
          [
            excerpt([F.businessRegNo("Registration number shown on the document")]),
            taxDocument([F.businessRegNo("Tax number shown on the document")]),
          ],
        ),
        documentRequirement(
          "business_name_info",
          "Proof of Business Identity",
          "Official document showing the business name.",
          [
            excerpt([F.businessName("Business name shown on the document")]),
            tradeLicense([F.businessName("Business name shown on the document")]),
            taxDocument([F.businessName("Business name shown on the document")]),
          ],
        ),
        documentRequirement(
          "business_address_proof_info",
          "Proof of Address",
          "Business address inside the local area (Ortsnetz) of the number's prefix. PO boxes are not accepted.",
          [
            excerpt([F.addressSids()]),
            tradeLicense([F.addressSids()]),
            taxDocument([F.addressSids()]),
          ],
        ),
      ],
    ],
  });
}
