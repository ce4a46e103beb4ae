import type { IncomingMessage } from "node:http";
import { createHash } from "node:crypto";

export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  sha256: string;
}

/** A parsed request: decoded query/body parameters (keys too, e.g. `ValidUntilDate<`). */
export interface EmulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  files: Map<string, UploadedFile>;
  headers: IncomingMessage["headers"];
  rawBody: Buffer;
  multipart: boolean;
}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function parseRequest(
  req: IncomingMessage,
  rawBody: Buffer,
): Promise<EmulatorRequest> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const contentType = String(req.headers["content-type"] ?? "");
  const multipart = contentType.startsWith("multipart/form-data");
  const form = new URLSearchParams();
  const files = new Map<string, UploadedFile>();
  if (multipart) {
    const data = await new Request("http://emulator.local/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: new Uint8Array(rawBody),
    }).formData();
    for (const [key, value] of data.entries()) {
      if (typeof value === "string") form.append(key, value);
      else {
        const bytes = Buffer.from(await value.arrayBuffer());
        files.set(key, {
          name: value.name,
          type: value.type,
          size: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        });
      }
    }
  } else if (rawBody.length > 0) {
    for (const [k, v] of new URLSearchParams(rawBody.toString("utf8"))) form.append(k, v);
  }
  return {
    method: (req.method ?? "GET").toUpperCase(),
    path: decodeURIComponent(url.pathname),
    query: url.searchParams,
    form,
    files,
    headers: req.headers,
    rawBody,
    multipart,
  };
}
