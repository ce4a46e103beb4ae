import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("Worklist");
  const locale = useLocale();
  if (!regulation) {
    return regulationSid ? (
      <span className="font-mono text-xs text-slate-700" title={t("regulationUnavailable")}>
        {regulationSid}
      </span>
    ) : (
      <span>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("none")}</span>
      </span>
    );
  }
  const numberType = numberTypeLabel(regulation.numberType, t);
  return (
    // The Regulation's own name is Twilio's (English) words.
    <span title={regulation.friendlyName}>
      {countryName(regulation.isoCountry, locale)}
      <span className="block text-xs text-slate-700">
        <span {...(numberType.fromTwilio ? { lang: "en" } : {})}>{numberType.text}</span> ·{" "}
        {endUserTypeLabel(regulation.endUserType, t)}
      </span>
    </span>
  );
}
