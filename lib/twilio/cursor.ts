import { GatewayError } from "./errors";

/**
 * List cursors are Twilio's own absolute page URLs, handed to the browser and back. The SDK sends
 * our credentials to whatever URL it is given, so a cursor is accepted only if it is a page of
 * the expected list on numbers.twilio.com, and is rebuilt from its path and query.
 */
export const BUNDLES_LIST_PATH = "/v2/RegulatoryCompliance/Bundles";
const NUMBERS_ORIGIN = "https://numbers.twilio.com";
const MAX_CURSOR_LENGTH = 4096;

function invalidCursor(detail: string): GatewayError {
  return new GatewayError({
    code: "invalid_request:cursor",
    userMessage: "This page link is no longer valid. Please go back to the first page.",
    messageKey: { key: "twilio.staleLink" },
    retryable: false,
    visibility: "user",
    status: 400,
    message: `Rejected page cursor: ${detail}`,
  });
}

export function pageUrlFromCursor(cursor: string, expectedPath: string): string {
  if (typeof cursor !== "string" || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) {
    throw invalidCursor("empty or too long");
  }
  let url: URL;
  try {
    url = new URL(cursor);
  } catch {
    throw invalidCursor("not a URL");
  }
  if (url.origin !== NUMBERS_ORIGIN || url.username || url.password)
    throw invalidCursor(`origin ${url.origin}`);
  if (url.pathname !== expectedPath) throw invalidCursor(`path ${url.pathname}`);
  return `${NUMBERS_ORIGIN}${expectedPath}${url.search}`;
}

export const bundlesPageUrlFromCursor = (cursor: string) =>
  pageUrlFromCursor(cursor, BUNDLES_LIST_PATH);
