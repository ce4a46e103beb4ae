/** Limits the forms show and the schemas enforce, kept free of zod so browser code can read them. */
export const HELP_NOTE_MAX = 1000;
