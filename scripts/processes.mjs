// Child processes this script starts, and only those, are stopped on exit (by PID / process group).
import { spawn } from "node:child_process";

const children = new Set();

export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: opts.capture ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...opts.env },
    });
    let out = "";
    if (opts.capture) {
      child.stdout.on("data", (d) => {
        out += d;
        process.stdout.write(d);
      });
      child.stderr.on("data", (d) => {
        out += d;
        process.stderr.write(d);
      });
    }
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

export function background(cmd, args, opts = {}) {
  const child = spawn(cmd, args, {
    stdio: "inherit",
    detached: true,
    env: { ...process.env, ...opts.env },
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

export function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
process.on("exit", stopAll);

export async function waitForUrl(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
