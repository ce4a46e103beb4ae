/**
 * THE error registry: one vocabulary of codes shaped `type:surface` (vercel/ai-chatbot
 * lib/errors.ts), the message a user is shown for each known code, and the one error class every
 * deliberate failure is (AppError; the gateway's GatewayError is one too). What a user sees is
 * decided by `visibility`: "log" errors are logged with their detail and shown as a generic
 * message, so internals (SQL, vendor payloads, stack traces) never reach the browser.
 */
export type ErrorType =
  | "bad_request"
  | "unauthorized"
  | "invalid_credentials"
  | "rate_limited"
  | "forbidden"
  | "no_account"
  | "not_found"
  | "conflict"
  | "busy"
  | "internal"
  | "unavailable"
  | "timeout"
  | "invalid_request"
  | "invalid_attributes"
  | "noncompliant"
  | "invalid_response"
  | "unknown";

export type ErrorSurface =
  // our own
  | "input"
  | "auth"
  | "role"
  | "own_role"
  | "member_of_account"
  | "no_impersonation"
  | "read_only_impersonation"
  | "impersonate_staff"
  | "impersonation_active"
  | "impersonation"
  | "user"
  | "update_request"
  | "file"
  | "database"
  | "contact"
  | "link"
  | "mail"
  | "unknown"
  // Twilio's things (the gateway's surfaces)
  | "twilio"
  | "resource"
  | "bundle"
  | "end_user"
  | "supporting_document"
  | "item_assignment"
  | "evaluation"
  | "regulation"
  | "address"
  | "phone_number"
  | "account"
  | "upload"
  | "cursor";

export type AnyErrorCode = `${ErrorType}:${ErrorSurface}`;

/** "user": the message may be shown; "log": show a generic message, keep details in the logs. */
export type ErrorVisibility = "user" | "log";

/** The messages of the codes the portal raises itself (the gateway brings its own messages). */
export const ERRORS = {
  "bad_request:input": { message: "Some fields need your attention." },
  "unauthorized:auth": { message: "Please sign in to continue." },
  "invalid_credentials:auth": { message: "Email or password is incorrect." },
  "rate_limited:auth": { message: "Too many failed sign-ins. Try again later." },
  "forbidden:role": { message: "You do not have permission to do that." },
  "forbidden:account": { message: "You do not have access to that account." },
  "no_account:account": { message: "Your user is not linked to any account yet." },
  "not_found:bundle": { message: "That Bundle does not exist in this account." },
  "conflict:update_request": {
    message: "That step is not possible at this point of the update.",
  },
  "busy:update_request": {
    message: "Another step of this update is still running. Wait a moment and try again.",
  },
  "not_found:update_request": {
    message: "There is no update in progress for this Bundle.",
  },
  "bad_request:file": { message: "That file cannot be used." },
  "rate_limited:twilio": {
    message: "Twilio is busy right now. Please try again in a minute.",
  },
  "unavailable:twilio": {
    message: "Twilio could not be reached. Please try again.",
  },
  // Support impersonation (issue 6).
  "forbidden:read_only_impersonation": {
    message:
      "You are viewing this account read-only as support staff. Switch to assist mode to make changes for the customer.",
  },
  "forbidden:no_impersonation": {
    message:
      "Support staff act on a customer's account only through an impersonation. Start one from the support console.",
  },
  "forbidden:impersonate_staff": {
    message: "Staff and admin accounts cannot be impersonated.",
  },
  "conflict:impersonation_active": {
    message: "Stop your current impersonation before starting another one.",
  },
  "not_found:impersonation": {
    message: "That support session has already ended.",
  },
  "not_found:account": { message: "That account does not exist." },
  "not_found:user": { message: "That user does not exist." },
  "forbidden:own_role": { message: "You cannot change your own role." },
  "forbidden:member_of_account": {
    message:
      "This user belongs to a customer account; remove them from it before granting support access.",
  },
  // Notifications (issue 13).
  "conflict:contact": { message: "That address is already a contact of this account." },
  "not_found:contact": { message: "That contact no longer exists." },
  "rate_limited:contact": {
    message: "A confirmation was sent a moment ago. Wait a few minutes before sending another.",
  },
  "bad_request:link": {
    message: "This link is not valid. Use the newest email we sent, or ask for a new one.",
  },
  "unavailable:mail": {
    message: "Mail is not configured (SMTP_URL is not set), so nothing can be sent yet.",
  },
  "internal:database": { message: "Something went wrong on our side." },
  "internal:unknown": { message: "Something went wrong on our side." },
} as const satisfies Partial<Record<AnyErrorCode, { message: string }>>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * The catalog message that says the same in the reader's language (messages/<locale>/Errors.json,
 * issue 16): `userMessage` stays English for logs and for code outside a request; what a user is
 * shown goes through lib/i18n/errors.ts, which prefers this key when the catalog has it.
 */
export interface MessageKey {
  key: string;
  values?: Record<string, string>;
}

export interface AppErrorOptions {
  /** Where the catalog has this message (our own codes' default messages have one already). */
  messageKey?: MessageKey;
  cause?: unknown;
  visibility?: ErrorVisibility;
  /** Safe to try again as is (an outage, a busy service). */
  retryable?: boolean;
  /** Technical detail for the logs (defaults to code and message). */
  detail?: string;
}

/**
 * A failure raised on purpose, anywhere in the app: `code` from the registry's vocabulary,
 * `userMessage` what a user may read (the table's default for our own codes).
 */
export class AppError extends Error {
  readonly visibility: ErrorVisibility;
  readonly retryable: boolean;
  readonly userMessage: string;
  readonly messageKey: MessageKey | undefined;
  constructor(
    readonly code: AnyErrorCode,
    userMessage?: string,
    options: AppErrorOptions = {},
  ) {
    const text = userMessage ?? messageFor(code);
    super(options.detail ?? `${code}: ${text}`, { cause: options.cause });
    this.name = "AppError";
    this.userMessage = text;
    this.messageKey =
      options.messageKey ?? (userMessage === undefined ? defaultKey(code) : undefined);
    // Our own internal failures are never described to users.
    this.visibility = options.visibility ?? (code.startsWith("internal:") ? "log" : "user");
    this.retryable = options.retryable ?? false;
  }
}

export function messageFor(code: AnyErrorCode): string {
  return code in ERRORS ? ERRORS[code as ErrorCode].message : ERRORS["internal:unknown"].message;
}

/** Our own codes' default message in the catalog (Errors.codes), by the code itself. */
export function defaultKey(code: AnyErrorCode): MessageKey {
  return { key: `codes.${code in ERRORS ? code : "internal:unknown"}` };
}
