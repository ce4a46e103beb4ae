/**
 * Seed regulations for Ireland, the United Kingdom and Estonia, modelled on the structures
 * described in the domain notes (§2.2). Texts are written for the emulator.
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

/** Ireland Local Business: enum fields in prose, optional comments, business address only. */
export function irelandLocalBusiness(): Regulation {
  return regulation({
    country: "Ireland",
    iso_country: "IE",
    number_type: "local",
    end_user: endUserRequirement("business", [
      field("business_name", "Business Name", ""),
      field("business_website", "Business Website", ""),
      F.businessRegNo(
        "Please provide your Company Registration Number (CRN) issued by the Companies Registration Office (CRO).",
      ),
      F.firstName(
        "Authorized Representative's First Name",
        "Authorized representative should be a senior manager.",
      ),
      F.lastName(
        "Authorized Representative's Last Name",
        "Authorized representative should be a senior manager.",
      ),
      field("email", "Authorized Representative's Contact Email", ""),
      F.businessIdentity(),
      F.isSubassigned(),
      F.comments(),
    ]),
    supporting_document: [
      [
        documentRequirement(
          "business_address_info",
          "Proof of Address",
          "Must include the Eircode and be within the locality or region covered by the phone number's prefix.",
          [
            acceptedDocument("business_address", "Business address", [
              F.addressSids("Business Address sid", "Address sid of the business"),
            ]),
          ],
        ),
      ],
    ],
  });
}

/** United Kingdom Local Business: E.164 phone regex, registration identifier enum. */
export function unitedKingdomLocalBusiness(): Regulation {
  return regulation({
    country: "United Kingdom",
    iso_country: "GB",
    number_type: "local",
    end_user: endUserRequirement("business", [
      F.businessName(),
      field(
        "business_registration_identifier",
        "Business Registration Authority",
        "Choose any one of the following values: [UK:CRN, US:EIN, CA:CBN, AU:ACN, Other].",
      ),
      F.businessRegNo(
        "Company Registration Number (CRN) from Companies House, or the number issued by the chosen authority",
      ),
      F.businessWebsite(),
      F.firstName(),
      F.lastName(),
      field(
        "phone_number",
        "Authorized Representative's Phone Number",
        "Phone number in E.164 format, e.g. +441234567890",
        C.e164,
      ),
      F.email("Authorized Representative's Email"),
      F.businessIdentity(),
      F.isSubassigned(),
      F.comments(),
    ]),
    supporting_document: [
      [
        documentRequirement(
          "business_address_proof_info",
          "Business Address (Proof of Address)",
          "The business address in the United Kingdom.",
          [
            acceptedDocument("customer_profile_address", "Customer profile address", [
              F.addressSids("Address sid(s)", "Address sid of the business"),
            ]),
          ],
        ),
      ],
    ],
  });
}

/** Estonia Mobile Business: the smallest real regulation (one field, one document). */
export function estoniaMobileBusiness(): Regulation {
  return regulation({
    country: "Estonia",
    iso_country: "EE",
    number_type: "mobile",
    end_user: endUserRequirement("business", [F.businessName()]),
    supporting_document: [
      [
        documentRequirement(
          "business_name_info",
          "Business Name",
          "The registered name of the business.",
          [
            acceptedDocument(
              "commercial_registrar_excerpt",
              "Extract from the commercial register",
              [F.businessName("Business name shown on the extract")],
            ),
          ],
        ),
      ],
    ],
  });
}
