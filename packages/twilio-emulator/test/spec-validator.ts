import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/** Twilio's OpenAPI specs (MIT, see spec/twilio-oai/LICENSE), kept in this package. */
export const SPEC_DIR = resolve(import.meta.dirname, "../spec/twilio-oai");

interface Operation {
  operationId: string;
  method: string;
  regex: RegExp;
  validators: Map<number, ValidateFunction | null>;
}

type Json = Record<string, unknown>;

/** OpenAPI 3.0 → JSON Schema: `nullable` becomes a "null" type; local $refs point into the spec. */
function retarget(node: unknown, specId: string): unknown {
  if (Array.isArray(node)) return node.map((n) => retarget(n, specId));
  if (node && typeof node === "object") {
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === "nullable") continue;
      out[k] = k === "$ref" && typeof v === "string" ? `${specId}${v}` : retarget(v, specId);
    }
    if ((node as Json).nullable === true && typeof out.type === "string")
      out.type = [out.type, "null"];
    if ((node as Json).nullable === true && Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return node;
}

/** Compiles a validator per (operation, status) of both specs, matched by method + path. */
export function loadOperations(): Operation[] {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats.default(ajv);
  // Twilio's v2010 answers (and the spec's own examples) carry relative `uri`s under format "uri":
  // accept URI references, which include absolute URLs.
  ajv.addFormat("uri", (value: string) => URL.canParse(value, "https://api.twilio.com"));
  for (const f of [
    "uri-map",
    "phone-number",
    "uri-template",
    "date-time-rfc-2822",
    "currency",
    "iso-country-code",
  ])
    ajv.addFormat(f, true);
  const ops: Operation[] = [];
  for (const file of ["twilio_numbers_v2.json", "twilio_api_v2010.json"]) {
    const spec = JSON.parse(readFileSync(resolve(SPEC_DIR, file), "utf8")) as {
      paths: Record<string, Record<string, Json>>;
      components: Json;
    };
    const id = file.replace(".json", "");
    ajv.addSchema({ components: retarget(spec.components, id) }, id);
    for (const [path, methods] of Object.entries(spec.paths)) {
      const regex = new RegExp(`^${path.replace(/\./g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`);
      for (const [method, op] of Object.entries(methods)) {
        if (!["get", "post", "delete"].includes(method)) continue;
        const validators = new Map<number, ValidateFunction | null>();
        for (const [status, response] of Object.entries(
          (op.responses ?? {}) as Record<string, Json>,
        )) {
          const schema = (
            (response.content as Json | undefined)?.["application/json"] as Json | undefined
          )?.schema;
          validators.set(Number(status), schema ? ajv.compile(retarget(schema, id) as Json) : null);
        }
        ops.push({
          operationId: String(op.operationId),
          method: method.toUpperCase(),
          regex,
          validators,
        });
      }
    }
  }
  return ops;
}

export function findOperation(
  ops: Operation[],
  method: string,
  path: string,
): Operation | undefined {
  return ops.find((o) => o.method === method && o.regex.test(path));
}
