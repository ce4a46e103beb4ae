/**
 * The kinds of notice a contact can opt into. No zod here: the preference and contact forms render
 * these with the page (the schemas load on first use); their names are in the catalogs
 * (messages/<locale>/NoticeCategories.json, issue 16).
 */
export const NOTICE_CATEGORIES = ["deadlines", "reviews", "support"] as const;
