/**
 * "12 Mar 2026, 14:05 UTC" (or with seconds): one zone for everyone, so staff and customer quote
 * the same time.
 */
export function formatUtc(date: Date, withSeconds = false): string {
  return `${new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: withSeconds ? "medium" : "short",
    timeZone: "UTC",
  }).format(date)} UTC`;
}
