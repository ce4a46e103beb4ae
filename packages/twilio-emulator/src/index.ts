import type { AddressInfo } from "node:net";
import { Runtime } from "./runtime";
import { seedDemo, seedEmpty } from "./seed/seed";
import { createEmulatorServer } from "./server";
import type { JournalOptions } from "./journal";
import { Store } from "./store";

export interface StartOptions {
  port?: number;
  host?: string;
  /** State file; null keeps state in memory only (tests). */
  statePath?: string | null;
  /** Reseed even when a state file exists. */
  reset?: boolean;
  seed?: "demo" | "empty";
  /** Compaction thresholds (tests use small ones). */
  journal?: JournalOptions;
}

export interface RunningEmulator {
  url: string;
  port: number;
  store: Store;
  runtime: Runtime;
  close(): Promise<void>;
}

/** Starts the emulator; with no options: a free port on 127.0.0.1 and a fresh in-memory demo state. */
export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const store = new Store(options.statePath ?? null, options.journal);
  const seed = (kind: "demo" | "empty" = options.seed ?? "demo") =>
    kind === "empty" ? seedEmpty(store) : seedDemo(store);
  if (options.reset || !store.loadFromDisk()) seed();
  const runtime = new Runtime(store);
  const reset = (kind?: "demo" | "empty") => {
    runtime.cancelTimers();
    runtime.faults.clear();
    runtime.stats.reset();
    seed(kind);
    runtime.recomputeExpiry();
  };
  const server = createEmulatorServer(runtime, reset);
  server.keepAliveTimeout = 5000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  runtime.sweepExpired();
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    runtime,
    async close() {
      runtime.stop();
      await runtime.callbacks.drain();
      store.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export { DEMO_PARENT, DEMO_SUBACCOUNTS } from "./seed/demo-accounts";
