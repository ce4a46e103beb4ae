import "server-only";
import { env } from "@/lib/env";
import { getDatabase, type Database } from "./client";

/**
 * The app's database. Migrations run on first use; in embedded mode (no real Twilio) the demo
 * seed runs once per process right after them, so a fresh checkout can sign in immediately.
 */
export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

/** The database with its driver and raw-SQL access (the job queue needs both). */
export async function getDbHandle() {
  return getDatabase(
    { databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR },
    env.isEmbedded
      ? async (db) => {
          const { seedDemo } = await import("./seed-demo");
          await seedDemo(db);
        }
      : undefined,
  );
}

export * as schema from "./schema";
export type { Database, DatabaseHandle } from "./client";
