import type { IncomingMessage } from "node:http";
import { createHash } from "node:crypto";
import { badRequest } from "../errors";
import { parseMultipart } from "./multipart";

export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  sha256: string;
  /** The first bytes, for checking the content's type (magic bytes). */
  head: Buffer;
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

/** A body over its limit: answered 413 before (Content-Length) or while it arrives. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body over ${limitBytes} bytes`);
  }
}

/**
 * Reads a request body of at most `limitBytes`. A declared Content-Length over the limit is
 * refused before any byte is read; a streamed body stops being kept at the limit. Either way the
 * rest is discarded unread (never buffered), so the 413 can still reach the client.
 */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > limitBytes) {
    discard(req, limitBytes);
    throw new BodyTooLarge(limitBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise<Buffer>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        req.off("data", onData);
        req.off("end", onEnd);
        chunks.length = 0;
        discard(req, limitBytes);
        reject(new BodyTooLarge(limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    req.on("data", onData);
    req.on("end", onEnd);
    req.once("error", reject);
  });
}

/** Drains the rest of a refused body without keeping it; gives up on the socket past 4× the limit. */
function discard(req: IncomingMessage, limitBytes: number): void {
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > 4 * limitBytes) req.socket.destroy();
  });
  req.resume();
}

export function parseRequest(req: IncomingMessage, rawBody: Buffer): EmulatorRequest {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const contentType = String(req.headers["content-type"] ?? "");
  const multipart = contentType.startsWith("multipart/form-data");
  const form = new URLSearchParams();
  const files = new Map<string, UploadedFile>();
  if (multipart) {
    const parsed = parseMultipart(rawBody, contentType);
    if (!parsed) throw badRequest(20001, "The multipart/form-data body could not be parsed");
    for (const [key, value] of parsed.fields) form.append(key, value);
    for (const [key, file] of parsed.files) {
      files.set(key, {
        name: file.filename,
        type: file.type,
        size: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        head: Buffer.from(file.bytes.subarray(0, 16)),
      });
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
