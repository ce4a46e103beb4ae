import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIp } from "./client-ip";

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Who is calling from where, as far as the request tells us: the address only when our own
 * proxies put it there (TRUSTED_PROXY_COUNT, see client-ip.ts), never the caller's say.
 */
export async function requestOrigin(): Promise<RequestOrigin> {
  const h = await headers();
  const ip = clientIp(h.get("x-forwarded-for"), env.TRUSTED_PROXY_COUNT);
  return { ip, userAgent: h.get("user-agent")?.slice(0, 512) ?? null };
}
