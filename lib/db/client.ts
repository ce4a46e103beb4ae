/**
 * The database connection: Postgres when a URL is given, else embedded PGlite.
 * Deliberately free of `server-only` and of lib/env so node:test can open it directly;
 * Next code goes through lib/db/index.ts, which adds both.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { measured } from "../timing/measure";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbConfig {
  /** postgres:// URL; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or "memory://" for a throwaway in-memory database. */
  pgliteDir: string;
}

export interface DatabaseHandle {
  db: Database;
  driver: "postgres" | "pglite";
  /** Runs raw SQL (the job queue's adapter): on PGlite in-process, on Postgres through the pool. */
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

// Read at run time from the working directory: ship ./drizzle with any deployment (P10).
const migrationsFolder = path.join(process.cwd(), "drizzle");
// Arbitrary constant so concurrent instances on one Postgres migrate one at a time.
const MIGRATION_LOCK_KEY = 7_301_944_215;

/** Opens a new connection and applies pending migrations. Callers normally use getDatabase(). */
export async function openDatabase(config: DbConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const { Pool } = await import("pg");
    const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });
    bookAsDbTime(pool, ["query"]);
    const db = drizzle(pool, { schema });
    const lock = await pool.connect();
    try {
      await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      await migrate(db, { migrationsFolder });
    } catch (error) {
      lock.release();
      await pool.end();
      throw error;
    }
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    lock.release();
    return {
      db: db as unknown as Database,
      driver: "postgres",
      executeSql: (text, values) => pool.query(text, values),
      close: () => pool.end(),
    };
  }

  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const { PGlite } = await import("@electric-sql/pglite");
  if (!config.pgliteDir.startsWith("memory://")) {
    await mkdir(config.pgliteDir, { recursive: true });
  }
  const client = new PGlite(config.pgliteDir);
  bookAsDbTime(client, ["query", "exec", "transaction"]);
  try {
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as Database,
      driver: "pglite",
      // PGlite runs one statement at a time and holds transactions exclusively, so the job queue
      // and drizzle share it safely in this process. Several statements go through exec().
      async executeSql(text, values) {
        if (values.length > 0) return client.query(text, values);
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
      close: () => client.close(),
    };
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Books every call of these methods to the current request's database time (lib/timing, on only
 * for `npm run bench:timing`). A transaction counts as one call, for as long as it holds the
 * connection; statements inside it run on its own object and are not counted again.
 */
function bookAsDbTime<T extends object>(target: T, names: Array<keyof T & string>): void {
  const methods = target as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of names) {
    const original = methods[name]!.bind(target);
    methods[name] = (...args) => measured("db", () => original(...args));
  }
}

// One instance per process (PGlite costs ~600 MiB and holds a directory lock; P10). Kept on
// globalThis so dev-mode module reloads reuse it.
const shared = globalThis as unknown as { __portalDb?: Promise<DatabaseHandle> };

/**
 * The process-wide database, opened on first use. `afterOpen` runs once after migrations
 * (the embedded demo seed). A failed open is not cached, so the next request retries.
 */
export function getDatabase(
  config: DbConfig,
  afterOpen?: (db: Database) => Promise<void>,
): Promise<DatabaseHandle> {
  shared.__portalDb ??= (async () => {
    const handle = await openDatabase(config);
    if (afterOpen) await afterOpen(handle.db);
    return handle;
  })().catch((error: unknown) => {
    shared.__portalDb = undefined;
    throw error;
  });
  return shared.__portalDb;
}
