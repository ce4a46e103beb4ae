/**
 * Portal instances in child processes (tests/dal/app-process.ts), on the test file's database,
 * emulator and callback port: for the tests that kill one or run two.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Short enough that a killed instance's lease and job are taken over within seconds. */
export const FAST = {
  UPDATE_LEASE_SECONDS: "3",
  JOBS_EXPIRE_SECONDS: "3",
  JOBS_MAINTENANCE_SECONDS: "1",
  JOBS_POLL_SECONDS: "0.5",
};

const children: ChildProcess[] = [];

/** Stops every instance this file started. */
export async function stopAll() {
  for (const child of children) await stop(child);
}

export function instance(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "./scripts/server-modules.mjs", "--import", "tsx", "tests/dal/app-process.ts"],
    { env: { ...env, APP_PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`instance exited early (${code})`)));
  });
}
export const stop = (child: ChildProcess, signal: NodeJS.Signals = "SIGKILL") =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
