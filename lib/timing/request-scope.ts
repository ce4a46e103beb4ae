/**
 * Request timing for `npm run bench:timing`, installed at server start only when TIMING_LOG is
 * set (instrumentation-node.ts). Each request gets a collector the first time measured work runs
 * for it (keyed by the request's own headers object, which Next.js keeps for the whole request:
 * render, server action, route handler); after the response is sent, its figures are appended to
 * the log as one JSON line, tagged with the caller's `x-timing-id` header (the bench sets it; a
 * browser's requests carry none). Only counts and durations are written, nothing from the request.
 */
import { appendFile } from "node:fs/promises";
import { headers } from "next/headers";
import { after } from "next/server";
import { TimingCollector } from "./collect";
import { installCollectorLookup } from "./measure";

const TIMING_ID = /^[\w.:-]{1,80}$/;

export function installRequestTiming(logPath: string): void {
  const byRequest = new WeakMap<object, TimingCollector>();
  installCollectorLookup(async () => {
    let requestHeaders: Headers;
    try {
      requestHeaders = await headers();
    } catch {
      return null; // not inside a request: a background job, the build
    }
    let collector = byRequest.get(requestHeaders);
    if (collector) return collector;
    const created = new TimingCollector();
    byRequest.set(requestHeaders, created);
    collector = created;
    const raw = requestHeaders.get("x-timing-id") ?? "";
    const id = TIMING_ID.test(raw) ? raw : null;
    after(async () => {
      const line = JSON.stringify({ id, at: Date.now(), ...created.snapshot() });
      await appendFile(logPath, line + "\n").catch((error: unknown) =>
        console.warn("[timing] could not write", logPath, error),
      );
    });
    return created;
  });
}
