import type { ActingContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { mayManageStaff, mayUseConsole } from "./rules";

/**
 * The decisions of rules.ts for the data layer: each throws forbidden:role when the caller may
 * not. The data layer checks even when its page already did.
 */
/** For the data layer: the support console's reads and actions. */
export function assertConsoleUser(ctx: ActingContext): void {
  if (!mayUseConsole(ctx.user)) throw new AppError("forbidden:role");
}

/** For the data layer: granting and revoking the support role. */
export function assertStaffAdmin(ctx: ActingContext): void {
  if (!mayManageStaff(ctx.user)) throw new AppError("forbidden:role");
}
