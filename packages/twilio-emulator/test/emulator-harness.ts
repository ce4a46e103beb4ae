import { request } from "node:http";
import twilio from "twilio";
import type { RunningEmulator } from "../src";
import { DEMO_PARENT, DEMO_SUBACCOUNTS } from "../src/seed/demo-accounts";

type RequestOpts = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0];

/** The SDK's documented seam: an httpClient that sends https://*.twilio.com to the emulator. */
export class EmulatorRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super({ keepAlive: false, timeout: 15_000 });
  }
  override request<T>(opts: RequestOpts & { data?: T }) {
    const uri = opts.uri.replace(/^https:\/\/[a-z0-9.-]+\.twilio\.com/, this.baseUrl);
    return super.request<T>({ ...opts, uri });
  }
}

export const ACME = DEMO_SUBACCOUNTS[0]!;
export const BISTRO = DEMO_SUBACCOUNTS[1]!;
export { DEMO_PARENT };

export function sdk(emulator: RunningEmulator, sid: string, token: string, accountSid?: string) {
  return twilio(sid, token, {
    httpClient: new EmulatorRequestClient(emulator.url),
    accountSid,
    autoRetry: false,
  });
}

export async function control(
  emulator: RunningEmulator,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Plain-HTTP multipart upload to the numbers-upload path, as Twilio documents it. */
export async function upload(
  emulator: RunningEmulator,
  sid: string,
  token: string,
  fields: {
    FriendlyName: string;
    Type: string;
    Attributes?: unknown;
    file?: { bytes: Uint8Array<ArrayBuffer>; type: string; name: string };
  },
) {
  const form = new FormData();
  form.set("FriendlyName", fields.FriendlyName);
  form.set("Type", fields.Type);
  if (fields.Attributes !== undefined) form.set("Attributes", JSON.stringify(fields.Attributes));
  if (fields.file)
    form.set("File", new Blob([fields.file.bytes], { type: fields.file.type }), fields.file.name);
  const res = await fetch(`${emulator.url}/v2/RegulatoryCompliance/SupportingDocuments`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Expects the promise to reject with a Twilio RestException of this status and code. */
export async function rejectsWith(
  promise: Promise<unknown>,
  status: number,
  code: number,
): Promise<void> {
  try {
    await promise;
  } catch (err) {
    const e = err as { status?: number; code?: number; message?: string };
    if (e.status === status && e.code === code) return;
    throw new Error(`expected ${status}/${code}, got ${e.status}/${e.code}: ${e.message}`);
  }
  throw new Error(`expected ${status}/${code}, but the request succeeded`);
}

export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
);
/** The PNG signature and an IHDR chunk header: enough for a content check. */
export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
/** A JPEG's start-of-image and APP0 (JFIF) markers. */
export const JPEG_BYTES = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
]);

type Rc = ReturnType<typeof sdk>["numbers"]["v2"]["regulatoryCompliance"];

/** A new Estonian mobile business Bundle with a compliant End-User and document, in draft. */
export async function compliantDraft(
  emulator: RunningEmulator,
  rc: Rc,
  opts: { isTest?: boolean; statusCallback?: string } = {},
) {
  const [regulation] = await rc.regulations.list({
    isoCountry: "EE",
    numberType: "mobile",
    endUserType: "business",
  });
  const endUser = await rc.endUsers.create({
    friendlyName: "Tallinn OÜ",
    type: "business",
    attributes: { business_name: "Tallinn OÜ" },
  });
  const doc = await upload(emulator, ACME.sid, ACME.authToken, {
    FriendlyName: "Registry extract",
    Type: "commercial_registrar_excerpt",
    Attributes: { business_name: "Tallinn OÜ" },
    file: { bytes: PDF_BYTES, type: "application/pdf", name: "extract.pdf" },
  });
  const bundle = await rc.bundles.create({
    friendlyName: "Tallinn",
    email: "ops@example.com",
    regulationSid: regulation!.sid,
    isTest: opts.isTest,
    statusCallback: opts.statusCallback,
  });
  await rc.bundles(bundle.sid).itemAssignments.create({ objectSid: endUser.sid });
  await rc.bundles(bundle.sid).itemAssignments.create({ objectSid: String(doc.body.sid) });
  return { bundle, endUserSid: endUser.sid, documentSid: String(doc.body.sid) };
}

/** Marks a copy approved against its regulation's current version (as Twilio's review would). */
export function approveInStore(emulator: RunningEmulator, bundleSid: string): void {
  const stored = emulator.store.bundles.get(bundleSid)!;
  stored.status = "twilio-approved";
  stored.regulation_version = emulator.store.regulations.get(stored.regulation_sid)!.version;
  emulator.store.putBundle(stored);
}

/** Polls until the bundle has this status (timers: automatic review, test rejection, expiry). */
export async function waitForStatus(rc: Rc, sid: string, status: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let seen = "";
  while (Date.now() < deadline) {
    seen = (await rc.bundles(sid).fetch()).status;
    if (seen === status) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`bundle ${sid} stayed ${seen}, expected ${status}`);
}

/**
 * A multipart POST to the upload path written by hand: `contentLength` declares a length (else the
 * body is chunked) and `send` bytes of file content follow, stopping early if the answer arrives.
 */
export function rawUpload(
  emulator: RunningEmulator,
  opts: { contentLength?: number; send: number },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(`${emulator.url}/v2/RegulatoryCompliance/SupportingDocuments`);
  const boundary = "emulatorTestBoundary";
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        ...(opts.contentLength === undefined ? {} : { "content-length": opts.contentLength }),
      },
    });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> });
      });
    });
    req.on("error", (err) => (answered ? undefined : reject(err)));
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="File"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 0x25);
    let sent = 0;
    const pump = () => {
      while (!answered && sent < opts.send) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered && opts.contentLength === undefined) req.end();
    };
    pump();
  });
}
