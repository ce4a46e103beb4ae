import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isLoopbackHost } from "./loopback";
import type { Mailbox } from "./mailbox";

/** What a caught HTML part may load in the portal's sandboxed iframe: inline styles, data: URLs. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The JSON API over the mailbox (see README). */
export function createHttpServer(mailbox: Mailbox): Server {
  return createServer((req, res) => {
    try {
      route(mailbox, req, res);
    } catch (error) {
      json(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  });
}

function route(mailbox: Mailbox, req: IncomingMessage, res: ServerResponse): void {
  // A web page the browser reached by a rebound DNS name must not read the mail.
  const host = (req.headers.host ?? "").replace(/:\d+$/, "").replace(/^\[(.*)\]$/, "$1");
  if (!isLoopbackHost(host)) return json(res, 403, { error: "loopback host names only" });
  if (req.method !== "GET" && req.method !== "DELETE") {
    res.setHeader("Allow", "GET, DELETE");
    return json(res, 405, { error: "method not allowed" });
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean).map(decode);
  const only = (method: "GET" | "DELETE") => {
    if (req.method === method) return true;
    res.setHeader("Allow", method);
    json(res, 405, { error: "method not allowed" });
    return false;
  };

  if (parts.length === 1 && parts[0] === "health") {
    if (only("GET")) json(res, 200, { ok: true });
    return;
  }
  if (parts[0] !== "messages") return json(res, 404, { error: "not found" });
  if (parts.length === 1) {
    if (req.method === "DELETE") {
      mailbox.clear();
      res.writeHead(204).end();
      return;
    }
    const to = url.searchParams.get("to") ?? undefined;
    return json(res, 200, { messages: mailbox.list({ to }) });
  }
  const mail = parts[1] === undefined ? undefined : mailbox.get(parts[1]);
  if (parts.length === 2) {
    if (!only("GET")) return;
    return mail ? json(res, 200, mail) : json(res, 404, { error: "not found" });
  }
  if (parts.length === 3 && parts[2] === "html") {
    if (!only("GET")) return;
    if (mail?.html == null) return json(res, 404, { error: "not found" });
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": HTML_CSP,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    res.end(mail.html);
    return;
  }
  json(res, 404, { error: "not found" });
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes name nothing: the lookup answers 404
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
  res.end(JSON.stringify(body));
}
