import { badRequest, invalidParam, missingParam } from "../errors";

/** Typed access to Twilio's PascalCase form/query parameters. */
export class Params {
  constructor(private readonly source: URLSearchParams) {}

  has(name: string): boolean {
    return this.source.has(name);
  }

  str(name: string): string | undefined {
    return this.source.get(name) ?? undefined;
  }

  required(name: string): string {
    const value = this.source.get(name);
    if (value === null || value === "") throw missingParam(name);
    return value;
  }

  bool(name: string): boolean | undefined {
    const value = this.source.get(name);
    if (value === null) return undefined;
    const lowered = value.toLowerCase();
    if (lowered === "true") return true;
    if (lowered === "false") return false;
    throw invalidParam(name, value);
  }

  int(name: string): number | undefined {
    const value = this.source.get(name);
    if (value === null) return undefined;
    if (!/^\d+$/.test(value)) throw invalidParam(name, value);
    return Number(value);
  }

  /** `Attributes` arrive as a JSON string; anything but an object is error 22207. */
  attributes(name = "Attributes"): Record<string, unknown> | undefined {
    const value = this.source.get(name);
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        return parsed as Record<string, unknown>;
    } catch {
      /* fall through */
    }
    throw badRequest(22207, "Attributes is not valid JSON. Please ensure you submit valid JSON.");
  }

  entries(): Array<[string, string]> {
    return [...this.source.entries()];
  }
}
