/**
 * Display names of End-User types and Supporting Document types, independent of the
 * requirement-specific names regulations give them ("Excerpt … showing French address").
 */
import { humanize } from "./field-checks";

const END_USER_TYPE_NAMES: Record<string, string> = {
  business: "Business",
  individual: "Individual",
};

const DOCUMENT_TYPE_NAMES: Record<string, string> = {
  address: "Address Validation",
  annual_securities_report: "Annual Securities Report",
  business_address: "Business Address",
  business_registration: "Business Registration",
  commercial_registrar_excerpt: "Excerpt from the commercial register",
  company_seal_certificate: "Company Seal Certificate",
  corporate_registry: "Corporate Registry",
  customer_profile_address: "Customer Profile Address",
  drivers_license: "Driver's License",
  government_issued_document: "Government-issued ID",
  health_insurance_certificate: "Health Insurance Certificate",
  letter_of_authorization: "Letter of Authorization",
  passport: "Passport",
  power_of_attorney: "Power of Attorney",
  residence_permit: "Residence Permit",
  shareholders_registry: "Shareholders Registry",
  tax_document: "Tax Document",
  trade_license: "Trade License",
  utility_bill: "Utility Bill",
};

export function endUserTypeName(machineName: string): string {
  return END_USER_TYPE_NAMES[machineName] ?? humanize(machineName);
}

export function documentTypeName(machineName: string): string {
  return DOCUMENT_TYPE_NAMES[machineName] ?? humanize(machineName);
}
