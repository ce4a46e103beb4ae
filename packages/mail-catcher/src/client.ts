import type { CaughtMail } from "./types";

export type { CaughtMail };

/**
 * The catcher's HTTP API over plain fetch, for the portal's server and for tests. Imports
 * nothing from the SMTP side, so it is safe to bundle.
 */
export class MailCatcherClient {
  private readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
  }

  /** Newest first; `to` matches any recipient, ignoring case. */
  async list(filter: { to?: string } = {}): Promise<CaughtMail[]> {
    const query = filter.to ? `?to=${encodeURIComponent(filter.to)}` : "";
    const body = (await this.request("GET", `/messages${query}`)) as { messages: CaughtMail[] };
    return body.messages;
  }

  /** null when the catcher has no such message (never had it, dropped, or cleared). */
  async get(id: string): Promise<CaughtMail | null> {
    return (await this.request(
      "GET",
      `/messages/${encodeURIComponent(id)}`,
      true,
    )) as CaughtMail | null;
  }

  async clear(): Promise<void> {
    await this.request("DELETE", "/messages");
  }

  /**
   * Polls list() until `predicate` matches at least `count` (default 1) messages, and returns
   * those (newest first); after `timeoutMs` (default 10 s) throws an Error that names what was
   * awaited and lists what the catcher held.
   */
  async waitFor(
    predicate: (m: CaughtMail) => boolean,
    options: { count?: number; timeoutMs?: number } = {},
  ): Promise<CaughtMail[]> {
    const count = options.count ?? 1;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const deadline = Date.now() + timeoutMs;
    let seen: CaughtMail[] = [];
    let lastError: unknown = null;
    for (;;) {
      try {
        seen = await this.list();
        lastError = null;
        const hits = seen.filter(predicate);
        if (hits.length >= count) return hits;
      } catch (error) {
        lastError = error; // not up yet, or restarting: keep polling until the deadline
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, left)));
    }
    const matched = seen.filter(predicate).length;
    const held = seen.length
      ? seen
          .slice(0, 20)
          .map((m) => `  to ${m.to.join(", ")} from ${m.from}: ${JSON.stringify(m.subject)}`)
          .join("\n") + (seen.length > 20 ? `\n  … and ${seen.length - 20} more` : "")
      : "  (none)";
    const failure = lastError
      ? `\nThe last poll failed: ${lastError instanceof Error ? lastError.message : lastError}`
      : "";
    throw new Error(
      `Timed out after ${timeoutMs} ms waiting for ${count} caught message(s) matching ` +
        `${describe(predicate)}; ${matched} matched. The catcher at ${this.baseUrl} held ` +
        `${seen.length}:\n${held}${failure}`,
    );
  }

  private async request(method: string, path: string, allowNotFound = false): Promise<unknown> {
    const res = await fetch(`${this.baseUrl}${path}`, { method, cache: "no-store" });
    if (allowNotFound && res.status === 404) return null;
    if (!res.ok) {
      const text = await res.text().catch(() => "");
      throw new Error(`mail catcher ${method} ${path} answered ${res.status}: ${text}`);
    }
    return res.status === 204 ? null : res.json();
  }
}

function describe(predicate: (m: CaughtMail) => boolean): string {
  const source = predicate.toString().replace(/\s+/g, " ");
  return source.length > 200 ? `${source.slice(0, 200)}…` : source;
}
