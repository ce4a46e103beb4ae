/**
 * Asia-Pacific seed regulations (Australia individual, Japan business with alternative document
 * sets), modelled on the structures described in the domain notes (§2.1, §2.2).
 */
import type { AcceptedDocument, Regulation, RegulationField } from "../types";
import {
  F,
  acceptedDocument,
  documentRequirement,
  endUserRequirement,
  field,
  regulation,
} from "./regulation-builders";

/** Australia Local Individual: birth date, photo ID (passport | driver's license), address. */
export function australiaLocalIndividual(): Regulation {
  return regulation({
    country: "Australia",
    iso_country: "AU",
    number_type: "local",
    end_user: endUserRequirement("individual", [
      F.firstName("First Name", "First name of the Individual"),
      F.lastName("Last Name", "Last name of the Individual"),
      F.birthDate("Date of birth of the Individual, in the format YYYY-MM-DD"),
    ]),
    supporting_document: [
      [
        documentRequirement(
          "proof_of_identity_info",
          "Photo Identification",
          "A valid, unexpired photo ID of the individual. Names must match the Individual information.",
          [
            acceptedDocument("passport", "Passport", [
              F.firstName("First Name", "First name as shown on the passport"),
              F.lastName("Last Name", "Last name as shown on the passport"),
              F.birthDate("Date of birth as shown on the passport, in the format YYYY-MM-DD"),
              F.documentNumber("Passport number"),
            ]),
            acceptedDocument("drivers_license", "Driver's License", [
              F.firstName("First Name", "First name as shown on the license"),
              F.lastName("Last Name", "Last name as shown on the license"),
              F.documentNumber("License number"),
              F.issueDate(),
            ]),
          ],
        ),
        documentRequirement(
          "proof_of_address",
          "Address",
          "The physical location of the individual. Must be within the locality or region covered by the phone number's prefix; a PO Box is not acceptable.",
          [
            acceptedDocument("address", "Address Validation", [
              F.addressSids("Address sid(s)", "Address sid of the individual"),
            ]),
          ],
        ),
      ],
    ],
  });
}

const JP_ID_TYPES: Array<[string, string]> = [
  ["drivers_license", "Driver's License"],
  ["passport", "Passport"],
  ["residence_permit", "Residence Card"],
  ["health_insurance_certificate", "Health Insurance Certificate"],
];

function japaneseIds(fields: () => RegulationField[]): AcceptedDocument[] {
  return JP_ID_TYPES.map(([type, name]) => acceptedDocument(type, name, fields()));
}

/**
 * Japan National Business. Two alternative document sets: the authorized-representative route
 * and the beneficial-owner route. Both repeat the business name / address / description proofs.
 */
export function japanNationalBusiness(): Regulation {
  const corporateRegistry = (fields: RegulationField[]) =>
    acceptedDocument(
      "corporate_registry",
      "Certificate of corporate registry (Tokibo Tohon)",
      fields,
    );
  const businessProofs = () => [
    documentRequirement(
      "business_name_info",
      "Business Name",
      "Official document showing the registered business name.",
      [
        corporateRegistry([F.businessName("Business name shown on the document")]),
        acceptedDocument("company_seal_certificate", "Company seal certificate", [
          F.businessName("Business name shown on the document"),
        ]),
      ],
    ),
    documentRequirement(
      "business_address_proof_info",
      "Business Address (Proof of Address)",
      "The registered address of the business in Japan.",
      [
        corporateRegistry([F.addressSids()]),
        acceptedDocument("tax_document", "Certificate of tax payment", [F.addressSids()]),
        acceptedDocument("utility_bill", "Utility bill (issued within the last 6 months)", [
          F.addressSids(),
        ]),
      ],
    ),
    documentRequirement(
      "business_desc_info",
      "Business Description",
      "Document describing the purpose of the business.",
      [corporateRegistry([businessDescription("Business purpose shown on the registry")])],
    ),
  ];
  const nameFields = () => [
    F.firstName("First Name", "First name shown on the ID"),
    F.lastName("Last Name", "Last name shown on the ID"),
  ];
  const representativeRoute = [
    ...businessProofs(),
    documentRequirement(
      "name_of_auth_rep_info",
      "Name of Authorized Representative",
      "Photo ID of the authorized representative.",
      japaneseIds(nameFields),
    ),
    documentRequirement(
      "birth_date_of_auth_rep_info",
      "Date of Birth of Authorized Representative",
      '"My Number" must be redacted from any document provided.',
      japaneseIds(() => [F.birthDate("Date of birth shown on the ID, in the format YYYY-MM-DD")]),
    ),
    documentRequirement(
      "auth_of_rep_info",
      "Authorization of Representative",
      "Proof that the representative may act for the business.",
      [
        acceptedDocument("power_of_attorney", "Power of attorney", []),
        acceptedDocument("letter_of_authorization", "Letter of authorization", nameFields()),
      ],
    ),
  ];
  const beneficialOwnerRoute = [
    ...businessProofs(),
    documentRequirement(
      "ben_ownership_and_identity_info",
      "Beneficial Ownership",
      "If applicable: the register of shareholders or an equivalent report.",
      [
        acceptedDocument("shareholders_registry", "Register of shareholders", []),
        acceptedDocument("annual_securities_report", "Annual securities report", [
          F.businessName("Business name shown on the report"),
        ]),
      ],
    ),
    documentRequirement(
      "name_of_ben_owner_info",
      "Name of Beneficial Owner",
      "Photo ID of the beneficial owner.",
      japaneseIds(nameFields),
    ),
    documentRequirement(
      "address_of_ben_owner_proof_info",
      "Address of Beneficial Owner (Proof of Address)",
      "The residential address of the beneficial owner.",
      [
        acceptedDocument("utility_bill", "Utility bill (issued within the last 6 months)", [
          F.addressSids(),
        ]),
      ],
    ),
  ];
  return regulation({
    country: "Japan",
    iso_country: "JP",
    number_type: "national",
    end_user: endUserRequirement("business", [
      F.businessName("Registered name of the business (as on the corporate registry)"),
      businessDescription("Purpose of the business (as on the corporate registry)"),
      F.firstName(),
      F.lastName(),
      F.birthDate("Date of birth of the Authorized Representative, in the format YYYY-MM-DD"),
    ]),
    supporting_document: [representativeRoute, beneficialOwnerRoute],
  });
}

function businessDescription(description: string): RegulationField {
  return field("business_description", "Business Description", description);
}
