import { useTranslations } from "next-intl";
import type { Attributes } from "@/lib/domain/types";

/** "business_registration_number" → "Business registration number". */
function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(display).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** An End-User's or document's attributes as a definition list. */
export function AttributeList({ attributes }: { attributes: Attributes }) {
  const t = useTranslations("Bundle.attributes");
  const entries = Object.entries(attributes);
  if (entries.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,max-content)_1fr]">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          {/* Twilio's attribute names and values, as Twilio has them. */}
          <dt className="font-medium text-slate-800" lang="en">
            {humanize(key)}
          </dt>
          <dd className="break-words text-slate-900" lang="en">
            {display(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
