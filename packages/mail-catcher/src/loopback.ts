import { isIP } from "node:net";

/** 127.0.0.0/8, ::1 and localhost: the only places the catcher listens or answers. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === "localhost" || h === "::1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}
