// Loads .env (if present) and then .env.example as defaults for anything still unset, so a fresh
// clone runs offline against the emulator with no configuration. Real values always win.
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

export function applyEnvDefaults(root = process.cwd()) {
  for (const file of [".env", ".env.example"]) {
    const path = `${root}/${file}`;
    if (!existsSync(path)) continue;
    for (const [key, value] of Object.entries(parseEnv(readFileSync(path, "utf8")))) {
      if (process.env[key] === undefined) process.env[key] = value;
    }
  }
}

/** The emulator runs here when TWILIO_EMULATOR_URL points at this machine. */
export function localEmulatorPort() {
  const url = process.env.TWILIO_EMULATOR_URL;
  if (!url) return null;
  const { hostname, port } = new URL(url);
  return ["127.0.0.1", "localhost", "::1"].includes(hostname) ? Number(port || 80) : null;
}
