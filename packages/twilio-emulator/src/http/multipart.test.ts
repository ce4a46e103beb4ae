import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseMultipart } from "./multipart";

/** What the platform's own encoder (undici's FormData, as browsers and fetch send it) produces. */
async function encode(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const req = new Request("http://x/", { method: "POST", body: form });
  return {
    body: Buffer.from(await req.arrayBuffer()),
    contentType: req.headers.get("content-type")!,
  };
}

describe("parseMultipart", () => {
  it("reads fields and files exactly as FormData encoded them", async () => {
    const form = new FormData();
    form.set("FriendlyName", 'Passport – Ada "AL" Lovelace');
    form.set("Attributes", JSON.stringify({ first_name: "Ada" }));
    const bytes = new Uint8Array([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff,
    ]);
    form.set("File", new Blob([bytes], { type: "application/pdf" }), "scan (1).pdf");
    const { body, contentType } = await encode(form);
    const parsed = parseMultipart(body, contentType)!;
    assert.deepEqual(parsed.fields, [
      ["FriendlyName", 'Passport – Ada "AL" Lovelace'],
      ["Attributes", '{"first_name":"Ada"}'],
    ]);
    const file = parsed.files.get("File")!;
    assert.equal(file.filename, "scan (1).pdf");
    assert.equal(file.type, "application/pdf");
    assert.deepEqual([...file.bytes], [...bytes]);
  });

  it("an empty file, and a body that only closes", async () => {
    const form = new FormData();
    form.set("File", new Blob([]), "empty.pdf");
    const { body, contentType } = await encode(form);
    assert.equal(parseMultipart(body, contentType)!.files.get("File")!.bytes.length, 0);
    assert.deepEqual(parseMultipart(Buffer.from("--b--\r\n"), "multipart/form-data; boundary=b"), {
      fields: [],
      files: new Map(),
    });
  });

  it("refuses what is not multipart for its boundary", () => {
    const ct = "multipart/form-data; boundary=b";
    for (const body of [
      "",
      "no delimiter at all",
      '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nunterminated',
      "--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--",
      "--bX\r\n",
    ])
      assert.equal(parseMultipart(Buffer.from(body), ct), null, JSON.stringify(body));
    assert.equal(parseMultipart(Buffer.from("--b--"), "multipart/form-data"), null);
  });
});
