import "server-only";
import { eq } from "drizzle-orm";
import type { ActingContext } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { users } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";

/** The signed-in user's language, kept on their row so every device and mail uses it. */
export async function saveUserLocale(ctx: ActingContext, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale }).where(eq(users.id, ctx.user.id));
  await recordAudit(ctx, { action: "user.locale_changed", details: { locale } });
}
