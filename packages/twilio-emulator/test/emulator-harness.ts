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
