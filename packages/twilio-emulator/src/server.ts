import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { authenticate, canReachAccount } from "./http/auth";
import { RawJson, type Ctx, type Reply } from "./http/context";
import { Params } from "./http/params";
import { BodyTooLarge, parseRequest, readBody } from "./http/request";
import { matchRoute } from "./http/routes";
import { handleControl } from "./control/handle";
import { EMULATOR_DEFAULTS } from "./defaults";
import { internalError, methodNotAllowed, notFound, TwilioApiError } from "./errors";
import type { Runtime } from "./runtime";

/** Multipart uploads: the file limit plus room for the other fields and the part headers. */
const MAX_MULTIPART = EMULATOR_DEFAULTS.upload.maxBytes + 256 * 1024;
/** Form bodies and control calls (assumed: Twilio publishes no limit; ours are far above need). */
const MAX_FORM = 1024 * 1024;

function bodyLimit(req: IncomingMessage): number {
  const type = String(req.headers["content-type"] ?? "");
  return type.startsWith("multipart/form-data") ? MAX_MULTIPART : MAX_FORM;
}

const tooLarge = (limit: number) => {
  const { status, code } = EMULATOR_DEFAULTS.uploadTooLarge;
  return new TwilioApiError(status, code, `Request Entity Too Large: the limit is ${limit} bytes`);
};

function send(res: ServerResponse, reply: Reply, now?: number): void {
  const headers: Record<string, string> = { ...reply.headers };
  // HTTP's Date is the emulator's clock (POST /_emulator/clock moves it), as Twilio's is its
  // own: a client that reads "Twilio's time" from responses follows the simulated days.
  if (now !== undefined) headers["Date"] = new Date(now).toUTCString();
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const body = reply.body instanceof RawJson ? reply.body.text : JSON.stringify(reply.body);
  headers["Content-Type"] = "application/json; charset=utf-8";
  headers["Content-Length"] = String(Buffer.byteLength(body));
  res.writeHead(reply.status, headers).end(body);
}

const errorReply = (e: TwilioApiError): Reply => ({
  status: e.status,
  body: e.body(),
  headers: e.headers,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const isLoopback = (address: string | undefined) =>
  !!address &&
  (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));

async function handleTwilio(
  runtime: Runtime,
  req: IncomingMessage,
  raw: Buffer,
): Promise<{ reply: Reply; operation: string; account: string | null }> {
  let parsed;
  try {
    parsed = parseRequest(req, raw);
  } catch (err) {
    if (err instanceof TwilioApiError)
      return { reply: errorReply(err), operation: "Unknown", account: null };
    throw err;
  }
  const match = matchRoute(parsed.method, parsed.path);
  if (!match)
    return {
      reply: errorReply(notFound(parsed.path.replace(/^\/v2/, ""))),
      operation: "Unknown",
      account: null,
    };
  if ("methodNotAllowed" in match)
    return { reply: errorReply(methodNotAllowed()), operation: "Unknown", account: null };
  const { route, params } = match;
  const latency = runtime.faults.latencyMs(route.operation);
  if (latency > 0) await sleep(latency);
  const fault = runtime.faults.next(route.operation);
  if (fault) return { reply: errorReply(fault), operation: route.operation, account: null };
  const { store } = runtime;
  let accountSid: string | null = null;
  try {
    const caller = authenticate(store, req.headers.authorization);
    accountSid = caller.account.sid;
    let account = caller.account;
    if (route.scope === "v2010") {
      const target = store.accounts.get(params.AccountSid!);
      if (!target || !canReachAccount(caller, target)) throw notFound(parsed.path);
      account = target;
    }
    runtime.sweepExpired();
    const ctx: Ctx = {
      req: parsed,
      query: new Params(parsed.query),
      body: new Params(parsed.form),
      params,
      store,
      account,
      caller,
      runtime,
    };
    return { reply: await route.handler(ctx), operation: route.operation, account: accountSid };
  } catch (err) {
    if (err instanceof TwilioApiError)
      return { reply: errorReply(err), operation: route.operation, account: accountSid };
    console.error("[emulator] unexpected error", err);
    return { reply: errorReply(internalError()), operation: route.operation, account: accountSid };
  }
}

export function createEmulatorServer(
  runtime: Runtime,
  reset: (seed?: "demo" | "empty") => void,
): Server {
  return createServer(async (req, res) => {
    const started = performance.now();
    const path = (req.url ?? "/").split("?")[0]!;
    try {
      let raw: Buffer;
      try {
        raw = await readBody(req, bodyLimit(req));
      } catch (err) {
        if (!(err instanceof BodyTooLarge)) throw err;
        return send(res, errorReply(tooLarge(err.limitBytes)));
      }
      if (path.startsWith("/_emulator/")) {
        if (!isLoopback(req.socket.remoteAddress))
          return send(res, { status: 403, body: { message: "control API is loopback only" } });
        return send(res, await handleControl(runtime, req, raw, reset));
      }
      const { reply, operation, account } = await handleTwilio(runtime, req, raw);
      send(res, reply, runtime.store.now());
      runtime.stats.record({
        at: new Date().toISOString(),
        method: req.method ?? "GET",
        path,
        query: (req.url ?? "").slice(path.length),
        operation,
        account,
        status: reply.status,
        durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      });
    } catch (err) {
      console.error("[emulator] request failed", err);
      if (!res.headersSent) send(res, errorReply(internalError()));
    }
  });
}
