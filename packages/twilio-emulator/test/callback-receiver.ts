import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";

export interface ReceivedCallback {
  method: string;
  /** The absolute URL called, query included. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** Query parameters (repeated keys keep their first value). */
  query: Record<string, string>;
  /** Form body parameters. */
  form: Record<string, string>;
  rawBody: string;
  /** The Bundle fields in snake_case whatever the shape: account_sid, bundle_sid, status, … */
  fields: Record<string, string>;
}

const SNAKE: Record<string, string> = {
  AccountSid: "account_sid",
  BundleSid: "bundle_sid",
  Status: "status",
  FailureReason: "failure_reason",
  ValidUntil: "valid_until",
};

function normalise(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (k !== "bodySHA256") out[SNAKE[k] ?? k] = v;
  return out;
}

/** Whether the callback's X-Twilio-Signature holds for this token, checked as twilio-node does. */
export function signatureValid(authToken: string, c: ReceivedCallback): boolean {
  const signature = String(c.headers["x-twilio-signature"] ?? "");
  return c.url.includes("bodySHA256")
    ? twilio.validateRequestWithBody(authToken, signature, c.url, c.rawBody)
    : twilio.validateRequest(authToken, signature, c.url, c.form);
}

/** A local webhook endpoint that records what it receives; `failFirst` answers 500 that many times. */
export async function startCallbackReceiver(failFirst = 0) {
  const received: ReceivedCallback[] = [];
  let failures = failFirst;
  let base = "";
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (failures > 0) {
        failures--;
        res.writeHead(500).end();
        return;
      }
      const url = new URL(req.url ?? "/", base);
      const query: Record<string, string> = {};
      for (const [k, v] of url.searchParams) if (!(k in query)) query[k] = v;
      const form = req.method === "POST" ? Object.fromEntries(new URLSearchParams(body)) : {};
      received.push({
        method: req.method ?? "GET",
        url: `${base}${req.url ?? "/"}`,
        headers: req.headers,
        query,
        form,
        rawBody: body,
        fields: normalise({ ...query, ...form }),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/status-callback`,
    received,
    async waitFor(
      predicate: (c: ReceivedCallback) => boolean,
      timeoutMs = 8000,
    ): Promise<ReceivedCallback> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const hit = received.find(predicate);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(
        `no matching callback within ${timeoutMs} ms; got ${JSON.stringify(received.map((r) => r.fields))}`,
      );
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
