import { AppError, type MessageKey } from "@/lib/errors";
import {
  TWILIO_CODE_RULES,
  notFoundKey,
  notFoundMessage,
  outageKey,
  outageMessage,
  ruleForStatus,
  type AppErrorCode,
  type ErrorRule,
  type ErrorSurface,
  type ErrorVisibility,
} from "./error-table";

export type { AppErrorCode, ErrorSurface, ErrorType, ErrorVisibility } from "./error-table";

export interface GatewayErrorInit {
  code: AppErrorCode;
  userMessage: string;
  /** The same message in the catalog (Errors), for showing it in the reader's language. */
  messageKey?: MessageKey;
  retryable: boolean;
  visibility: ErrorVisibility;
  status?: number;
  twilioCode?: number;
  /** Raw `Retry-After` header of the failed response, when it had one. */
  retryAfter?: string | null;
  /** Technical detail for logs; never shown to users. */
  message?: string;
  cause?: unknown;
}

/**
 * The only error type that leaves lib/twilio: an AppError of the registry (lib/errors.ts) with
 * Twilio's status and code kept for logs and retries. The UI reads `code` and `userMessage`,
 * never vendor fields.
 */
export class GatewayError extends AppError {
  readonly status?: number;
  readonly twilioCode?: number;
  readonly retryAfter: string | null;

  constructor(init: GatewayErrorInit) {
    super(init.code, init.userMessage, {
      messageKey: init.messageKey,
      cause: init.cause,
      visibility: init.visibility,
      retryable: init.retryable,
      detail: init.message ?? init.userMessage,
    });
    this.name = "GatewayError";
    this.status = init.status;
    this.twilioCode = init.twilioCode;
    this.retryAfter = init.retryAfter ?? null;
  }
}

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNRESET",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "ERR_NETWORK",
]);
const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "ECONNABORTED",
  "ESOCKETTIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
]);

type Fields = Record<string, unknown>;
const asFields = (v: unknown): Fields | null => (v && typeof v === "object" ? (v as Fields) : null);
const num = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** Network failures from axios (SDK) or undici (fetch), including their `cause` chain. */
function networkCode(err: Fields): string | undefined {
  for (let e: Fields | null = err, depth = 0; e && depth < 4; e = asFields(e.cause), depth++) {
    const code = str(e.code);
    if (code && (UNAVAILABLE_CODES.has(code) || TIMEOUT_CODES.has(code))) return code;
    if (e.name === "TimeoutError") return "ETIMEDOUT";
  }
  return undefined;
}

function fromRule(
  rule: ErrorRule,
  surface: ErrorSurface,
  init: Omit<GatewayErrorInit, "code" | "userMessage" | "retryable" | "visibility">,
) {
  const resolved = rule.surface === "caller" ? surface : rule.surface;
  const outage =
    rule.type === "unavailable" || rule.type === "timeout" || rule.type === "rate_limited";
  return new GatewayError({
    ...init,
    code: `${rule.type}:${resolved}`,
    messageKey:
      rule.type === "not_found"
        ? notFoundKey(resolved)
        : outage
          ? outageKey(rule.type as "unavailable" | "timeout" | "rate_limited", surface)
          : rule.key,
    userMessage:
      rule.type === "not_found"
        ? notFoundMessage(resolved)
        : outage
          ? outageMessage(rule.type as "unavailable" | "timeout" | "rate_limited", surface)
          : rule.message,
    retryable: rule.retryable,
    visibility: rule.visibility,
  });
}

/**
 * Any failure from the SDK, the upload `fetch`, or the network → GatewayError.
 * `surface` names what was being asked for, so a 404 becomes e.g. `not_found:bundle`.
 */
export function mapTwilioError(err: unknown, surface: ErrorSurface = "resource"): GatewayError {
  if (err instanceof GatewayError) return err;
  const fields = asFields(err);
  const message = str(fields?.message) ?? String(err);
  const status = num(fields?.status);
  const twilioCode = num(fields?.code);

  if (fields && status === undefined) {
    const netCode = networkCode(fields);
    if (netCode) {
      const timeout = TIMEOUT_CODES.has(netCode);
      return new GatewayError({
        code: timeout ? "timeout:twilio" : "unavailable:twilio",
        userMessage: outageMessage(timeout ? "timeout" : "unavailable", surface),
        messageKey: outageKey(timeout ? "timeout" : "unavailable", surface),
        retryable: true,
        visibility: "user",
        message: `${netCode}: ${message}`,
        cause: err,
      });
    }
  }

  const retryAfter = str(fields?.retryAfter) ?? null;
  const base = { status, twilioCode, retryAfter, message, cause: err };
  if (
    status !== undefined &&
    status >= 400 &&
    status < 500 &&
    /not regulatory compliant/i.test(message)
  ) {
    return fromRule(
      {
        ...TWILIO_CODE_RULES[22214]!,
        message: "This bundle is not complete yet. Please fix the items marked as missing.",
        key: { key: "twilio.notCompliant" },
      },
      surface,
      base,
    );
  }
  // Paging with a page number and no token (twilio/twilio-python#395): a cursor we cannot use.
  if (twilioCode === 20001 && /PageToken/i.test(message))
    return fromRule(TWILIO_CODE_RULES[21481]!, surface, base);
  const rule =
    (twilioCode !== undefined ? TWILIO_CODE_RULES[twilioCode] : undefined) ?? ruleForStatus(status);
  return fromRule(rule, surface, base);
}
