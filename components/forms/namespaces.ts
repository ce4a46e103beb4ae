/**
 * The catalog namespaces the generated forms need in the browser (issue 16): the page wraps its
 * forms in <ClientMessages namespaces={FORM_NAMESPACES}> (components/i18n/client-messages.tsx).
 * The advice ("Guidance") is written on the server and arrives as text, so it is not sent;
 * "Input" puts the new address's shared schema messages into words (lib/i18n/keyed.ts).
 */
import type { Namespace } from "@/lib/i18n/namespaces";

export const FORM_NAMESPACES = [
  "Forms",
  "Validation",
  "Address",
  "Input",
] as const satisfies readonly Namespace[];
