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
  "rate_limited:twilio": {
    visible: true,
    message: "Twilio is busy right now. Please try again in a minute.",
  },
  "unavailable:twilio": {
    visible: true,
    message: "Twilio could not be reached. Please try again.",
  },
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
