/** Twilio's error body: { code, message, more_info, status } (+ detail on 401). */
export class TwilioApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      more_info: `https://www.twilio.com/docs/errors/${this.code}`,
      status: this.status,
      ...this.extra,
    };
  }
}

export const notFound = (resourcePath: string) =>
  new TwilioApiError(404, 20404, `The requested resource ${resourcePath} was not found`);

export const unauthenticated = () =>
  new TwilioApiError(
    401,
    20003,
    "Authenticate",
    { "WWW-Authenticate": 'Basic realm="Twilio API"' },
    { detail: "" },
  );

export const badRequest = (code: number, message: string, status = 400) =>
  new TwilioApiError(status, code, message);

export const missingParam = (name: string) =>
  new TwilioApiError(400, 20001, `Missing required parameter ${name} in the post body`);

export const invalidParam = (name: string, value: string) =>
  new TwilioApiError(400, 20001, `Invalid parameter ${name}: ${value}`);

export const methodNotAllowed = () => new TwilioApiError(405, 20004, "Method not allowed");

export const tooManyRequests = (retryAfterSeconds: number | null) =>
  new TwilioApiError(
    429,
    20429,
    "Too Many Requests",
    retryAfterSeconds === null ? {} : { "Retry-After": String(retryAfterSeconds) },
  );

export const internalError = (status = 500) =>
  new TwilioApiError(
    status,
    20500,
    status === 503 ? "Service Unavailable" : "Internal Server Error",
  );
