/**
 * The kinds of notice a contact can opt into, and how the forms name them. No zod here: the
 * preference and contact forms render these with the page (the schemas load on first use).
 */
export const NOTICE_CATEGORIES = ["deadlines", "reviews", "support"] as const;
export const CATEGORY_LABELS: Record<(typeof NOTICE_CATEGORIES)[number], string> = {
  deadlines: "Deadlines and reminders",
  reviews: "Review results (rejected, approved)",
  support: "Support access to the account",
};
