/**
 * Error codes shaped `type:surface` (vercel/ai-chatbot lib/errors.ts). The table decides what a
 * user is told; anything not `visible` is logged with its detail and shown as a generic message,
 * so internals (SQL, vendor payloads, stack traces) never reach the browser.
 */
export const ERRORS = {
  "bad_request:input": { visible: true, message: "Some fields need your attention." },
  "unauthorized:auth": { visible: true, message: "Please sign in to continue." },
  "invalid_credentials:auth": { visible: true, message: "Email or password is incorrect." },
  "rate_limited:auth": { visible: true, message: "Too many failed sign-ins. Try again later." },
  "forbidden:role": { visible: true, message: "You do not have permission to do that." },
  "forbidden:account": { visible: true, message: "You do not have access to that account." },
  "no_account:account": { visible: true, message: "Your user is not linked to any account yet." },
  "not_found:bundle": { visible: true, message: "That Bundle does not exist in this account." },
  "conflict:update_request": {
    visible: true,
    message: "That step is not possible at this point of the update.",
  },
  "busy:update_request": {
    visible: true,
    message: "Another step of this update is still running. Wait a moment and try again.",
  },
  "not_found:update_request": {
    visible: true,
    message: "There is no update in progress for this Bundle.",
  },
  "bad_request:file": { visible: true, message: "That file cannot be used." },
  "rate_limited:twilio": {
    visible: true,
    message: "Twilio is busy right now. Please try again in a minute.",
  },
  "unavailable:twilio": {
    visible: true,
    message: "Twilio could not be reached. Please try again.",
  },
  // Support impersonation (issue 6).
  "forbidden:read_only_impersonation": {
    visible: true,
    message:
      "You are viewing this account read-only as support staff. Switch to assist mode to make changes for the customer.",
  },
  "forbidden:no_impersonation": {
    visible: true,
    message:
      "Support staff act on a customer's account only through an impersonation. Start one from the support console.",
  },
  "forbidden:impersonate_staff": {
    visible: true,
    message: "Staff and admin accounts cannot be impersonated.",
  },
  "conflict:impersonation_active": {
    visible: true,
    message: "Stop your current impersonation before starting another one.",
  },
  "not_found:impersonation": {
    visible: true,
    message: "That support session has already ended.",
  },
  "not_found:account": { visible: true, message: "That account does not exist." },
  "not_found:user": { visible: true, message: "That user does not exist." },
  "forbidden:own_role": { visible: true, message: "You cannot change your own role." },
  "internal:database": { visible: false, message: "Something went wrong on our side." },
  "internal:unknown": { visible: false, message: "Something went wrong on our side." },
} as const satisfies Record<string, { visible: boolean; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** A failure we raise on purpose; `userMessage` overrides the table's default when given. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string = ERRORS[code].message,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${userMessage}`, options);
    this.name = "AppError";
  }
}

export function isVisible(code: string): boolean {
  return code in ERRORS && ERRORS[code as ErrorCode].visible;
}
