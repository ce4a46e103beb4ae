import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../src";
import { ROUTES } from "../src/http/routes";
import { ACME, DEMO_PARENT, PDF_BYTES, upload } from "./emulator-harness";
import { findOperation, loadOperations } from "./spec-validator";

interface Captured {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/** Exercises every emulated operation with plain HTTP and records each response. */
async function exerciseEverything(emulator: RunningEmulator): Promise<Captured[]> {
  const captured: Captured[] = [];
  const call = async (
    sid: string,
    token: string,
    method: string,
    path: string,
    form?: Record<string, string>,
  ) => {
    const res = await fetch(emulator.url + path, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}`,
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const text = await res.text();
    const body = text ? JSON.parse(text) : undefined;
    captured.push({ method, path: path.split("?")[0]!, status: res.status, body });
    return body as Record<string, unknown>;
  };
  const acme = (method: string, path: string, form?: Record<string, string>) =>
    call(ACME.sid, ACME.authToken, method, path, form);
  const RC = "/v2/RegulatoryCompliance";
  await acme(
    "GET",
    `${RC}/Bundles?HasValidUntilDate=true&SortBy=valid-until&SortDirection=ASC&PageSize=2`,
  );
  const bundles = (await acme("GET", `${RC}/Bundles?Status=twilio-approved&PageSize=50`))
    .results as Array<{ sid: string; valid_until: string | null }>;
  const expiring = bundles.find((b) => b.valid_until)!.sid;
  const original = expiring;
  await acme("GET", `${RC}/Bundles/${expiring}`);
  const copy = (await acme("POST", `${RC}/Bundles/${expiring}/Copies`, { FriendlyName: "copy" }))
    .sid as string;
  await acme("GET", `${RC}/Bundles/${expiring}/Copies`);
  const evaluation = (await acme("POST", `${RC}/Bundles/${copy}/Evaluations`)).sid as string;
  await acme("GET", `${RC}/Bundles/${copy}/Evaluations`);
  await acme("GET", `${RC}/Bundles/${copy}/Evaluations/${evaluation}`);
  const items = (await acme("GET", `${RC}/Bundles/${copy}/ItemAssignments`)).results as Array<{
    sid: string;
    object_sid: string;
  }>;
  await acme("GET", `${RC}/Bundles/${copy}/ItemAssignments/${items[0]!.sid}`);
  const endUser = (
    await acme("POST", `${RC}/EndUsers`, {
      FriendlyName: "eu",
      Type: "business",
      Attributes: JSON.stringify({ business_name: "x" }),
    })
  ).sid as string;
  await acme("GET", `${RC}/EndUsers`);
  await acme("GET", `${RC}/EndUsers/${endUser}`);
  await acme("POST", `${RC}/EndUsers/${endUser}`, {
    Attributes: JSON.stringify({ business_name: "y" }),
  });
  const assignment = (
    await acme("POST", `${RC}/Bundles/${copy}/ItemAssignments`, { ObjectSid: endUser })
  ).sid as string;
  await acme("DELETE", `${RC}/Bundles/${copy}/ItemAssignments/${assignment}`);
  await acme("DELETE", `${RC}/EndUsers/${endUser}`);
  const doc = (
    await acme("POST", `${RC}/SupportingDocuments`, {
      FriendlyName: "d",
      Type: "passport",
      Attributes: "{}",
    })
  ).sid as string;
  const uploaded = await upload(emulator, ACME.sid, ACME.authToken, {
    FriendlyName: "u",
    Type: "passport",
    Attributes: {},
    file: { bytes: PDF_BYTES, type: "application/pdf", name: "p.pdf" },
  });
  captured.push({
    method: "POST",
    path: `${RC}/SupportingDocuments`,
    status: uploaded.status,
    body: uploaded.body,
  });
  await acme("GET", `${RC}/SupportingDocuments`);
  await acme("GET", `${RC}/SupportingDocuments/${doc}`);
  await acme("POST", `${RC}/SupportingDocuments/${doc}`, { FriendlyName: "d2" });
  await acme("DELETE", `${RC}/SupportingDocuments/${doc}`);
  const euTypes = (await acme("GET", `${RC}/EndUserTypes`)).end_user_types as Array<{
    sid: string;
  }>;
  await acme("GET", `${RC}/EndUserTypes/${euTypes[0]!.sid}`);
  const sdTypes = (await acme("GET", `${RC}/SupportingDocumentTypes`))
    .supporting_document_types as Array<{ sid: string }>;
  await acme("GET", `${RC}/SupportingDocumentTypes/${sdTypes[0]!.sid}`);
  const regs = (await acme("GET", `${RC}/Regulations?IncludeConstraints=true`)).results as Array<{
    sid: string;
  }>;
  await acme("GET", `${RC}/Regulations/${regs[0]!.sid}?IncludeConstraints=true`);
  const created = (
    await acme("POST", `${RC}/Bundles`, {
      FriendlyName: "new",
      Email: "a@b.c",
      IsoCountry: "EE",
      NumberType: "mobile",
      EndUserType: "business",
    })
  ).sid as string;
  await acme("POST", `${RC}/Bundles/${created}`, { FriendlyName: "renamed" });
  await acme("DELETE", `${RC}/Bundles/${created}`);
  // ReplaceItems from an approved copy.
  const copy2 = (await acme("POST", `${RC}/Bundles/${original}/Copies`)).sid as string;
  emulator.store.bundles.get(copy2)!.status = "twilio-approved";
  emulator.store.bundles.get(copy2)!.regulation_version = 99;
  await acme("POST", `${RC}/Bundles/${original}/ReplaceItems`, { FromBundleSid: copy2 });
  // Errors validate too where the spec has no error schema; 404 bodies are checked for shape below.
  await acme("GET", `${RC}/Bundles/BU${"0".repeat(32)}`);
  // v2010 with the parent's credentials.
  const parent = (method: string, path: string, form?: Record<string, string>) =>
    call(DEMO_PARENT.sid, DEMO_PARENT.authToken, method, path, form);
  await parent("GET", "/2010-04-01/Accounts.json");
  await parent("GET", `/2010-04-01/Accounts/${ACME.sid}.json`);
  const address = (
    await parent("POST", `/2010-04-01/Accounts/${ACME.sid}/Addresses.json`, {
      CustomerName: "Acme",
      Street: "1 Main",
      City: "Berlin",
      Region: "BE",
      PostalCode: "10115",
      IsoCountry: "DE",
    })
  ).sid as string;
  await parent("GET", `/2010-04-01/Accounts/${ACME.sid}/Addresses.json?IsoCountry=DE`);
  await parent("GET", `/2010-04-01/Accounts/${ACME.sid}/Addresses/${address}.json`);
  await parent("POST", `/2010-04-01/Accounts/${ACME.sid}/Addresses/${address}.json`, {
    FriendlyName: "HQ",
  });
  await parent("DELETE", `/2010-04-01/Accounts/${ACME.sid}/Addresses/${address}.json`);
  const numbers = (
    await parent("GET", `/2010-04-01/Accounts/${ACME.sid}/IncomingPhoneNumbers.json`)
  ).incoming_phone_numbers as Array<{ sid: string }>;
  await parent(
    "GET",
    `/2010-04-01/Accounts/${ACME.sid}/IncomingPhoneNumbers/${numbers[0]!.sid}.json`,
  );
  return captured;
}

describe("every response validates against Twilio's OpenAPI schema of its operation", () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());

  it("conforms for every emulated operation", async () => {
    const ops = loadOperations();
    const captured = await exerciseEverything(emulator);
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const c of captured) {
      if (c.status >= 400) {
        const body = c.body as Record<string, unknown>;
        assert.deepEqual(
          Object.keys(body).sort(),
          ["code", "message", "more_info", "status"],
          `error body of ${c.method} ${c.path}`,
        );
        continue;
      }
      const op = findOperation(ops, c.method, c.path);
      if (!op) {
        failures.push(`no spec operation for ${c.method} ${c.path}`);
        continue;
      }
      if (!op.validators.has(c.status))
        failures.push(`${op.operationId}: status ${c.status} not in the spec`);
      const validate = op.validators.get(c.status);
      if (validate && !validate(c.body))
        failures.push(`${op.operationId}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      seen.add(op.operationId);
    }
    assert.deepEqual(failures, []);
    const missing = ROUTES.map((r) => r.operation).filter((o) => !seen.has(o));
    assert.deepEqual(missing, [], "every emulated operation was exercised");
  });
});
