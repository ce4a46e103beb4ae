import { GatewayError, type ErrorSurface } from "./errors";
import { notFoundKey, notFoundMessage } from "./error-table";

const SID = /^[A-Z]{2}[0-9a-f]{32}$/i;

/**
 * SIDs end up in request paths, so a malformed one (or one of the wrong kind) is refused before
 * any request, with the same answer as an unknown SID: existence never leaks.
 */
export function assertSid(sid: string, prefix: string, surface: ErrorSurface): string {
  if (typeof sid === "string" && SID.test(sid) && sid.slice(0, 2).toUpperCase() === prefix)
    return sid;
  throw new GatewayError({
    code: `not_found:${surface}`,
    userMessage: notFoundMessage(surface),
    messageKey: notFoundKey(surface),
    retryable: false,
    visibility: "user",
    status: 404,
    message: `Malformed ${prefix} SID: ${JSON.stringify(sid)}`,
  });
}
