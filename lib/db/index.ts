import "server-only";
import { env } from "@/lib/env";
import { getDatabase, type Database } from "./client";

/**
 * The app's database. Migrations run on first use; in embedded mode (no real Twilio) the demo
 * seed runs once per process right after them, so a fresh checkout can sign in immediately.
 */
export async function getDb(): Promise<Database> {
  const handle = await getDatabase(
    { databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR },
    env.isEmbedded
      ? async (db) => {
          const { seedDemo } = await import("./seed-demo");
          await seedDemo(db);
        }
      : undefined,
  );
  return handle.db;
}

export * as schema from "./schema";
export type { Database } from "./client";
