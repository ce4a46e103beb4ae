import type { Store } from "../store";
import type { Account } from "../types";
import type { Params } from "./params";
import type { EmulatorRequest } from "./request";
import type { Runtime } from "../runtime";

export interface Ctx {
  req: EmulatorRequest;
  query: Params;
  body: Params;
  params: Record<string, string>;
  store: Store;
  /** The account the request acts on: the caller's own for numbers v2, the path's for v2010. */
  account: Account;
  /** The authenticated principal. */
  caller: { account: Account; viaApiKey: boolean };
  runtime: Runtime;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

/** A body that is already JSON text (sent as is). */
export class RawJson {
  constructor(readonly text: string) {}
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const noContent = (): Reply => ({ status: 204 });

/** The path used in 404 messages: numbers v2 omits the version, as Twilio does. */
export function resourcePath(ctx: Ctx): string {
  return ctx.req.path.replace(/^\/v2/, "");
}
