/**
 * The portal's public URL in these tests: a loopback server that hands each request to the
 * portal's route handlers in-process (the status callback, the mails' unsubscribe and open
 * links), as `next start` would. So the emulator's signed
 * callbacks reach the real route, and tests can also send it crafted requests. No node:test
 * import: tests/dal/app-process.ts runs it in a child process too.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

/** How many body bytes the route read from the last request it was given. */
export const bodyBytesRead = { last: 0 };

export async function startRouteServer(port = 0): Promise<{ server: Server; url: string }> {
  const callback = await import("@/app/api/twilio/status-callback/route");
  const unsubscribe = await import("@/app/api/email/unsubscribe/route");
  const open = await import("@/app/api/email/open/[token]/route");
  const { NextRequest } = await import("next/server");
  type Handler = (request: InstanceType<typeof NextRequest>) => Promise<Response> | Response;
  const routeFor = (method: string, path: string): Handler | null => {
    if (path === "/api/twilio/status-callback")
      return method === "GET" ? callback.GET : method === "POST" ? callback.POST : null;
    if (path === "/api/email/unsubscribe")
      return method === "GET" ? unsubscribe.GET : method === "POST" ? unsubscribe.POST : null;
    const token = /^\/api\/email\/open\/([^/]+)$/.exec(path)?.[1];
    if (token && method === "GET")
      return (request) => open.GET(request, { params: Promise.resolve({ token }) });
    return null;
  };
  const server = createServer((req, res) => {
    void (async () => {
      const method = req.method ?? "GET";
      const handler = routeFor(method, (req.url ?? "/").split("?")[0]!);
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === "string") headers.set(k, v);
      // Streamed as `next start` does, counting what the route actually reads.
      const counted = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bodyBytesRead.last += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      bodyBytesRead.last = 0;
      const body =
        method === "GET"
          ? undefined
          : (Readable.toWeb(req) as ReadableStream<Uint8Array>).pipeThrough(counted);
      const request = new NextRequest(new URL(req.url ?? "/", `http://${req.headers.host}`), {
        method,
        headers,
        body,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]);
      const response = await handler(request);
      const location = response.headers.get("location");
      res
        .writeHead(response.status, { connection: "close", ...(location ? { location } : {}) })
        .end(await response.text());
      req.resume(); // drain what the route refused to read
    })().catch((error: unknown) => {
      console.error("[route server]", error);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
