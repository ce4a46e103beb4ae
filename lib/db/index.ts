import "server-only";
import { env } from "@/lib/env";
import { measured } from "@/lib/timing/measure";
import { getDatabase, type Database, type DatabaseHandle } from "./client";

/**
 * The app's database. Migrations run on first use; in embedded mode (no real Twilio) the demo
 * seed runs once per process right after them, so a fresh checkout can sign in immediately.
 */
export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

let opened = false;

/** The database with its driver and raw-SQL access (the job queue needs both). */
export async function getDbHandle(): Promise<DatabaseHandle> {
  if (opened) return open();
  // A request that waits for the database to open (migrations, the demo seed) books that wait.
  const handle = await measured("db_open", open);
  opened = true;
  return handle;
}

function open() {
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
