/**
 * The catalog's namespaces (issue 16): one file each per language, `messages/<locale>/<Ns>.json`,
 * so each screen's words live beside each other and a new screen adds a file, not a section of
 * one large file. lib/i18n/catalogs.test.ts checks this list against the folders.
 */
export const NAMESPACES = [
  "Shell",
  "Login",
  "Deadline",
  "Status",
  "Errors",
  "Input",
  "Update",
  "UpdateStatus",
  "UpdateControls",
  "Timeline",
  "Activity",
  "Address",
  "Bundle",
  "BundleHelp",
  "Email",
  "EmailLinks",
  "Forms",
  "Guidance",
  "Impersonation",
  "NoticeCategories",
  "NoticeList",
  "PageError",
  "Pages",
  "Paging",
  "Settings",
  "Support",
  "SupportClient",
  "Validation",
  "Worklist",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * Namespaces every page sends to the browser: the frame and sign-in are Client Components, and
 * `Input` holds the shared input schemas' messages (lib/i18n/keyed.ts), which any form may show.
 * A page whose Client Components need more wraps them in <ClientMessages> (components/i18n).
 */
export const BASE_CLIENT_NAMESPACES = [
  "Shell",
  "Login",
  "Input",
  // PageError: the error boundaries are Client Components that can show under any layout.
  "PageError",
] as const satisfies readonly Namespace[];
