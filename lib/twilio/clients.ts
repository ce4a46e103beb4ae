import twilio from "twilio";
import { getTwilioConfig, type TwilioConfig } from "./config";
import { GatewayError } from "./errors";
import { GatewayHttpClient } from "./http-client";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import { processWide } from "@/lib/cache/process-wide";
import { createTtlCache } from "@/lib/cache/ttl-cache";

/**
 * One SDK client per account. numbers.twilio.com has no account in its paths, so the caller's
 * credentials alone decide whose Bundles are seen: subaccount data must be read with the
 * subaccount's own token (twilio-domain.md §7). The parent may read each subaccount's token from
 * the v2010 Accounts resource; tokens stay inside lib/twilio.
 */
export type TwilioClient = ReturnType<typeof twilio>;

const TOKEN_TTL_MS = 10 * 60 * 1000;
const tokens = processWide("auth-tokens", () => createTtlCache<string>({ ttlMs: TOKEN_TTL_MS }));
let shared: { key: string; httpClient: GatewayHttpClient } | undefined;

function httpClientFor(config: TwilioConfig): GatewayHttpClient {
  const key = `${config.emulatorUrl ?? ""}|${config.timeoutMs}`;
  if (shared?.key !== key) {
    shared = {
      key,
      httpClient: new GatewayHttpClient({
        baseUrl: config.emulatorUrl,
        timeoutMs: config.timeoutMs,
      }),
    };
  }
  return shared.httpClient;
}

function build(accountSid: string, authToken: string, config: TwilioConfig): TwilioClient {
  return twilio(accountSid, authToken, { httpClient: httpClientFor(config), autoRetry: false });
}

export function getParentClient(): TwilioClient {
  const config = getTwilioConfig();
  return build(config.parentAccountSid, config.parentAuthToken, config);
}

/** The auth token of the parent or one of its subaccounts (cached ~10 min). Server-side only. */
export async function getAuthTokenForAccount(accountSid: string): Promise<string> {
  const config = getTwilioConfig();
  if (accountSid === config.parentAccountSid) return config.parentAuthToken;
  assertSid(accountSid, "AC", "account");
  return tokens.get(accountSid, async () => {
    const parent = build(config.parentAccountSid, config.parentAuthToken, config);
    const account = await withReadRetry(() => parent.api.v2010.accounts(accountSid).fetch(), {
      surface: "account",
    });
    if (!account.authToken) throw new Error(`Account ${accountSid} returned no auth token`);
    return account.authToken;
  });
}

/** For lib/twilio's own use (e.g. the multipart upload that bypasses the SDK). */
export async function getAccountCredentials(accountSid: string) {
  return {
    accountSid,
    authToken: await getAuthTokenForAccount(accountSid),
    config: getTwilioConfig(),
  };
}

export async function getAccountClient(accountSid: string): Promise<TwilioClient> {
  const { authToken, config } = await getAccountCredentials(accountSid);
  return build(accountSid, authToken, config);
}

/** Forget a cached token (e.g. after a 401 following a token rotation). */
export function forgetAuthToken(accountSid: string): void {
  tokens.delete(accountSid);
}

/** What a webhook's signature covers: the URL plus form fields, or the URL plus a hashed body. */
export type SignedContent =
  | { kind: "params"; url: string; params: Record<string, string> }
  | { kind: "body"; url: string; body: string };

/**
 * Checks `X-Twilio-Signature` with the owning account's token, as the twilio SDK does:
 * validateRequest over the URL and form fields, or validateRequestWithBody when the URL carries
 * `bodySHA256`. `url` must be the public URL Twilio called. Callers resolve the account from
 * their own records first: an account they do not know must never cost a Twilio request.
 */
export async function validateTwilioSignature(input: {
  accountSid: string;
  signature: string;
  signed: SignedContent;
}): Promise<boolean> {
  if (!input.signature) return false;
  let token: string;
  try {
    token = await getAuthTokenForAccount(input.accountSid);
  } catch (err) {
    // An unknown account cannot have signed anything; outages still surface (so Twilio retries).
    if (err instanceof GatewayError && err.code.startsWith("not_found:")) return false;
    throw err;
  }
  const { signed } = input;
  return signed.kind === "body"
    ? twilio.validateRequestWithBody(token, input.signature, signed.url, signed.body)
    : twilio.validateRequest(token, input.signature, signed.url, signed.params);
}
