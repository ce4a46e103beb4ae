import type { IncomingMessage } from "node:http";
import { z } from "zod";
import { CALLBACK_FORMATS } from "../callbacks";
import type { CallbackFormat } from "../defaults";
import type { Reply } from "../http/context";
import { decideReview, ReviewRefused } from "../rules/review";
import type { Runtime } from "../runtime";
import { DAY_MS } from "../dates";
import { applyRegulationChanges, regulationChangeSchema } from "./regulation-change";
import { generateBundles, generateSchema } from "./generate";

const reviewSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  reasons: z
    .array(
      z.union([
        z.string().min(1),
        z.object({
          documentSid: z.string().optional(),
          documentType: z.string().optional(),
          reason: z.string().min(1),
          code: z.number().int().optional(),
        }),
      ]),
    )
    .default([]),
});
const faultSchema = z.object({
  status: z.union([z.literal(429), z.literal(500), z.literal(503)]).optional(),
  count: z.number().int().min(0).optional(),
  rate: z.number().min(0).max(1).optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
  operation: z.string().optional(),
});
const reviewModeSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("manual") }),
  z.object({ mode: z.literal("auto"), delaySeconds: z.number().min(0).max(3600).default(5) }),
]);
const clockSchema = z.object({
  advanceMs: z.number().optional(),
  advanceDays: z.number().optional(),
});

const callbacksSchema = z.object({ enabled: z.boolean() });
const callbackFormatSchema = z.object({
  format: z.enum(CALLBACK_FORMATS as [CallbackFormat, ...CallbackFormat[]]),
});

const json = (status: number, body: unknown): Reply => ({ status, body });

type Parsed<T> = { ok: true; data: T } | { ok: false; reply: Reply };

function parse<T>(schema: z.ZodType<T>, raw: Buffer): Parsed<T> {
  let data: unknown = {};
  try {
    data = raw.length ? JSON.parse(raw.toString("utf8")) : {};
  } catch {
    return { ok: false, reply: json(400, { error: "body must be JSON" }) };
  }
  const result = schema.safeParse(data);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, reply: json(400, { error: "invalid body", issues: result.error.issues }) };
}

/** The control API under /_emulator/: JSON, no Twilio auth, loopback only. */
export async function handleControl(
  runtime: Runtime,
  req: IncomingMessage,
  raw: Buffer,
  reset: (seed?: "demo" | "empty") => void,
): Promise<Reply> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const route = `${req.method} ${url.pathname.replace(/^\/_emulator/, "")}`;
  const { store } = runtime;
  if (route === "GET /health") return json(200, { ok: true });
  if (route === "POST /reset") {
    const seed = url.searchParams.get("seed") === "empty" ? "empty" : "demo";
    reset(seed);
    return json(200, { ok: true, seed });
  }
  if (route === "GET /stats") return json(200, runtime.stats.json());
  if (route === "GET /storage") {
    store.flush();
    return json(200, {
      persisted: store.diskUsage() !== null,
      ...store.diskUsage(),
      rows: {
        bundles: store.bundles.size,
        evaluations: store.evaluations.size,
        item_assignments: store.itemAssignments.size,
        supporting_documents: store.supportingDocuments.size,
      },
      rssBytes: process.memoryUsage().rss,
    });
  }
  if (route === "DELETE /stats") {
    runtime.stats.reset();
    return json(200, { ok: true });
  }
  if (route === "GET /requests") {
    const limit = Number(url.searchParams.get("limit") ?? 100);
    return json(200, { requests: runtime.stats.recent(limit) });
  }
  if (route === "GET /callbacks")
    return json(200, {
      settings: store.callbackSettings,
      suppressed: runtime.callbacks.suppressed,
      deliveries: runtime.callbacks.log,
    });
  if (route === "PUT /callbacks") {
    const parsed = parse(callbacksSchema, raw);
    if (!parsed.ok) return parsed.reply;
    store.callbackSettings = { ...store.callbackSettings, enabled: parsed.data.enabled };
    store.saveMeta();
    return json(200, { settings: store.callbackSettings });
  }
  if (route === "PUT /callback-format") {
    const parsed = parse(callbackFormatSchema, raw);
    if (!parsed.ok) return parsed.reply;
    store.callbackSettings = { ...store.callbackSettings, format: parsed.data.format };
    store.saveMeta();
    return json(200, { settings: store.callbackSettings });
  }
  if (route === "POST /faults") {
    const parsed = parse(faultSchema, raw);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.data;
    runtime.faults.set(body);
    return json(200, { faults: runtime.faults.describe() });
  }
  if (route === "DELETE /faults") {
    runtime.faults.clear();
    return json(200, { ok: true });
  }
  if (route === "PUT /review-mode") {
    const parsed = parse(reviewModeSchema, raw);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.data;
    store.reviewMode =
      body.mode === "auto"
        ? { mode: "auto", delay_seconds: body.delaySeconds }
        : { mode: "manual" };
    store.saveMeta();
    return json(200, { review_mode: store.reviewMode });
  }
  if (route === "POST /clock") {
    const parsed = parse(clockSchema, raw);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.data;
    store.clockOffsetMs += (body.advanceMs ?? 0) + (body.advanceDays ?? 0) * DAY_MS;
    store.saveMeta();
    const expired = runtime.sweepExpired();
    runtime.recomputeExpiry();
    return json(200, { now: new Date(store.now()).toISOString(), expired });
  }
  if (route === "POST /regulation-changes") {
    const parsed = parse(regulationChangeSchema, raw);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.data;
    return json(200, applyRegulationChanges(runtime, body));
  }
  if (route === "POST /bundles/generate") {
    const parsed = parse(generateSchema, raw);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.data;
    return json(200, generateBundles(runtime, body));
  }
  const review = /^POST \/bundles\/(BU[0-9a-fA-F]{32})\/review$/.exec(route);
  if (review) {
    const parsed = parse(reviewSchema, raw);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.data;
    const bundle = store.bundles.get(review[1]!);
    if (!bundle) return json(404, { error: "bundle not found" });
    try {
      decideReview(runtime, bundle, body.decision, body.reasons);
    } catch (err) {
      if (err instanceof ReviewRefused) return json(409, { error: err.message });
      throw err;
    }
    return json(200, { sid: bundle.sid, status: bundle.status });
  }
  return json(404, { error: `unknown control route ${route}` });
}
