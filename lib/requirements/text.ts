/**
 * Text helpers of the field checks that the form also uses (labels, dates). No zod here: the
 * browser's first load imports this, and the checks that need zod load with the schema.
 */

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An address field's value while the address is being added with its section: the browser's
 * stand-in, replaced on the server by the SID of the Address it creates when the section is saved.
 */
export const NEW_ADDRESS = "new";

/** "Business Name" → "business name"; acronyms stay ("VAT Number" → "VAT number"). */
export function lowerLabel(label: string): string {
  return label.replace(/\b([A-Z])([a-z'’]+)\b/g, (_, a: string, b: string) => a.toLowerCase() + b);
}

export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
