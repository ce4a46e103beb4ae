import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedCallback {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

/** A local webhook endpoint that records what it receives; `failFirst` answers 500 that many times. */
export async function startCallbackReceiver(failFirst = 0) {
  const received: ReceivedCallback[] = [];
  let failures = failFirst;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (failures > 0) {
        failures--;
        res.writeHead(500).end();
        return;
      }
      received.push({
        url: req.url ?? "/",
        headers: req.headers,
        params: Object.fromEntries(new URLSearchParams(body)),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/status-callback`,
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
        `no matching callback within ${timeoutMs} ms; got ${JSON.stringify(received.map((r) => r.params))}`,
      );
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
