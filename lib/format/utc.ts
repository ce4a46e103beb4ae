/**
 * "12 Mar 2026, 14:05 UTC" (or with seconds): one zone for everyone, so staff and customer quote
 * the same time. In the customer's language when given one ("12.03.2026, 14:05 UTC" in German);
 * English reads the British way, as the portal always has.
 */
export function formatUtc(date: Date, withSeconds = false, locale: string = "en"): string {
  return `${new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    dateStyle: "medium",
    timeStyle: withSeconds ? "medium" : "short",
    timeZone: "UTC",
  }).format(date)} UTC`;
}
