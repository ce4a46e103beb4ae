import type { RegulationSummary } from "@/lib/worklist/lookups";
import { countryName, endUserTypeLabel, numberTypeLabel } from "@/lib/worklist/labels";

/** Country, number type and business/individual of a Bundle's Regulation. */
export function RegulationCell({
  regulation,
  regulationSid,
}: {
  regulation: RegulationSummary | null;
  regulationSid: string | null;
}) {
  if (!regulation) {
    return regulationSid ? (
      <span className="font-mono text-xs text-slate-700" title="Regulation details unavailable">
        {regulationSid}
      </span>
    ) : (
      <span>
        <span aria-hidden="true">—</span>
        <span className="sr-only">None</span>
      </span>
    );
  }
  return (
    <span title={regulation.friendlyName}>
      {countryName(regulation.isoCountry)}
      <span className="block text-xs text-slate-700">
        {numberTypeLabel(regulation.numberType)} · {endUserTypeLabel(regulation.endUserType)}
      </span>
    </span>
  );
}
