/**
 * Twilio's EndUserTypes / SupportingDocumentTypes, derived from the seeded regulations (no live
 * lists are known), and the API view of a Regulation. Pure.
 */
import { RC_BASE_URL, deterministicSid } from "../seed/regulation-builders";
import type { Regulation, RegulationField } from "../types";
import { documentTypeName, endUserTypeName } from "./type-names";

export interface TypeField {
  friendly_name: string;
  machine_name: string;
  constraint: string;
}

/** Shape shared by EndUserType and SupportingDocumentType resources. */
export interface ComplianceTypeView {
  sid: string;
  friendly_name: string;
  machine_name: string;
  fields: TypeField[];
  url: string;
}

export type RegulationFieldView = Omit<RegulationField, "constraint"> & { constraint?: string };

export interface RegulationView {
  sid: string;
  friendly_name: string;
  iso_country: string;
  number_type: string;
  end_user_type: string;
  requirements: {
    end_user: Array<{
      name: string;
      type: string;
      requirement_name: string;
      url: string;
      fields: string[];
      detailed_fields: RegulationFieldView[];
    }>;
    supporting_document: Array<
      Array<{
        name: string;
        type: "document";
        requirement_name: string;
        description: string;
        accepted_documents: Array<{
          name: string;
          type: string;
          url: string;
          fields: string[];
          detailed_fields: RegulationFieldView[];
        }>;
      }>
    >;
  };
  url: string;
}

type Collected = Map<string, Map<string, TypeField>>;

/**
 * Adds `fields` to the type's union. A field keeps its first friendly name; its constraint is the
 * first non-empty one seen (a field optional in one regulation but required in another is listed
 * with the required constraint).
 */
function collect(into: Collected, machineName: string, fields: RegulationField[]): void {
  let known = into.get(machineName);
  if (!known) {
    known = new Map();
    into.set(machineName, known);
  }
  for (const f of fields) {
    const existing = known.get(f.machine_name);
    if (!existing) {
      known.set(f.machine_name, {
        friendly_name: f.friendly_name,
        machine_name: f.machine_name,
        constraint: f.constraint,
      });
    } else if (existing.constraint === "" && f.constraint !== "") {
      existing.constraint = f.constraint;
    }
  }
}

/** Types sorted by machine name; fields in order of first appearance across `regs`. */
function toViews(
  collected: Collected,
  kind: "EndUserTypes" | "SupportingDocumentTypes",
  name: (m: string) => string,
) {
  return [...collected.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((machine_name): ComplianceTypeView => {
      const sid = deterministicSid("OY", `${kind}:${machine_name}`);
      return {
        sid,
        friendly_name: name(machine_name),
        machine_name,
        fields: [...(collected.get(machine_name)?.values() ?? [])].map((f) => ({ ...f })),
        url: `${RC_BASE_URL}/${kind}/${sid}`,
      };
    });
}

export function deriveEndUserTypes(regs: readonly Regulation[]): ComplianceTypeView[] {
  const collected: Collected = new Map();
  for (const reg of regs) {
    for (const eu of reg.requirements.end_user) collect(collected, eu.type, eu.detailed_fields);
  }
  return toViews(collected, "EndUserTypes", endUserTypeName);
}

export function deriveSupportingDocumentTypes(regs: readonly Regulation[]): ComplianceTypeView[] {
  const collected: Collected = new Map();
  for (const reg of regs) {
    for (const set of reg.requirements.supporting_document) {
      for (const req of set) {
        for (const doc of req.accepted_documents) collect(collected, doc.type, doc.detailed_fields);
      }
    }
  }
  return toViews(collected, "SupportingDocumentTypes", documentTypeName);
}

function fieldView(f: RegulationField, includeConstraints: boolean): RegulationFieldView {
  const view: RegulationFieldView = {
    machine_name: f.machine_name,
    friendly_name: f.friendly_name,
    description: f.description,
  };
  if (includeConstraints) view.constraint = f.constraint;
  return view;
}

/** The Regulation as the API returns it: no internal `version`; `constraint` only on request. */
export function regulationView(reg: Regulation, includeConstraints: boolean): RegulationView {
  return {
    sid: reg.sid,
    friendly_name: reg.friendly_name,
    iso_country: reg.iso_country,
    number_type: reg.number_type,
    end_user_type: reg.end_user_type,
    requirements: {
      end_user: reg.requirements.end_user.map((eu) => ({
        name: eu.name,
        type: eu.type,
        requirement_name: eu.requirement_name,
        url: eu.url,
        fields: [...eu.fields],
        detailed_fields: eu.detailed_fields.map((f) => fieldView(f, includeConstraints)),
      })),
      supporting_document: reg.requirements.supporting_document.map((set) =>
        set.map((req) => ({
          name: req.name,
          type: req.type,
          requirement_name: req.requirement_name,
          description: req.description,
          accepted_documents: req.accepted_documents.map((doc) => ({
            name: doc.name,
            type: doc.type,
            url: doc.url,
            fields: [...doc.fields],
            detailed_fields: doc.detailed_fields.map((f) => fieldView(f, includeConstraints)),
          })),
        })),
      ),
    },
    url: `${RC_BASE_URL}/Regulations/${reg.sid}`,
  };
}
