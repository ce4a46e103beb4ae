import { getAccountCredentials } from "./clients";
import { toSupportingDocument } from "./convert";
import { rewriteTwilioUrl, toRestException } from "./http-client";
import { withWrite } from "./retry";
import type { Attributes, SupportingDocument } from "@/lib/domain/types";

/**
 * Creates a Supporting Document with a file. No Twilio SDK supports this (twilio-oai#125), so it
 * is a multipart POST to the upload host with the subaccount's own credentials, through the same
 * emulator rewrite as the SDK. Size and type limits (5 MB; PDF, JPEG, PNG) are the caller's to
 * enforce before calling. Never retried.
 */
export const UPLOAD_URL =
  "https://numbers-upload.twilio.com/v2/RegulatoryCompliance/SupportingDocuments";

export interface UploadSupportingDocumentInput {
  friendlyName: string;
  type: string;
  attributes: Attributes;
  file: { data: Blob | ArrayBuffer | Uint8Array; fileName: string; mimeType: string };
}

function toBlob(file: UploadSupportingDocumentInput["file"]): Blob {
  if (file.data instanceof Blob)
    return file.data.type ? file.data : new Blob([file.data], { type: file.mimeType });
  return new Blob([file.data as BlobPart], { type: file.mimeType });
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function uploadSupportingDocument(
  accountSid: string,
  input: UploadSupportingDocumentInput,
): Promise<SupportingDocument> {
  const { authToken, config } = await getAccountCredentials(accountSid);
  const url = rewriteTwilioUrl(UPLOAD_URL, config.emulatorUrl);
  const form = new FormData();
  form.set("FriendlyName", input.friendlyName);
  form.set("Type", input.type);
  form.set("Attributes", JSON.stringify(input.attributes));
  form.set("File", toBlob(input.file), input.file.fileName);

  const body = await withWrite(async () => {
    const response = await fetch(url, {
      method: "POST",
      body: form,
      headers: {
        Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
        Accept: "application/json",
        ...(url === UPLOAD_URL ? {} : { "X-Twilio-Host": new URL(UPLOAD_URL).host }),
      },
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const parsed = await readBody(response);
    if (!response.ok)
      throw toRestException({
        statusCode: response.status,
        body: parsed,
        headers: response.headers,
      });
    return parsed;
  }, "upload");
  return toSupportingDocument(body);
}
