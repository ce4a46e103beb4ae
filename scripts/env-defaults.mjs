// Loads .env (if present). A fresh clone, or a .env that keeps TWILIO_EMULATOR_URL, is the
// embedded demo: .env.example then fills whatever is still unset, so it runs offline against the
// emulator with no configuration. With real Twilio credentials (TWILIO_ACCOUNT_SID set and no
// emulator URL) nothing is filled in: a missing AUTH_SECRET must stop the start, not be
// replaced by the published example (issue 10), and the emulator URL must not come back.
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

function load(path) {
  return existsSync(path) ? parseEnv(readFileSync(path, "utf8")) : {};
}

function fill(values) {
  for (const [key, value] of Object.entries(values))
    if (process.env[key] === undefined) process.env[key] = value;
}

export function applyEnvDefaults(root = process.cwd()) {
  fill(load(`${root}/.env`));
  const real = !!process.env.TWILIO_ACCOUNT_SID && !process.env.TWILIO_EMULATOR_URL;
  if (!real) fill(load(`${root}/.env.example`));
  return { embedded: !!process.env.TWILIO_EMULATOR_URL };
}

/** The emulator runs here when TWILIO_EMULATOR_URL points at this machine. */
export function localEmulatorPort() {
  const url = process.env.TWILIO_EMULATOR_URL;
  if (!url) return null;
  const { hostname, port } = new URL(url);
  return ["127.0.0.1", "localhost", "::1"].includes(hostname) ? Number(port || 80) : null;
}

/**
 * The mail catcher runs here when the portal sends to it (SMTP_URL is smtp:// on this machine)
 * and reads it back (MAIL_CATCHER_URL is http:// on this machine); with a real SMTP server, null.
 * IPv4 names only: the catcher started for them listens on 127.0.0.1.
 */
export function localMailCatcher() {
  const local = (url, protocol) =>
    url?.protocol === protocol && ["127.0.0.1", "localhost"].includes(url.hostname);
  const smtp = parseUrl(process.env.SMTP_URL);
  const http = parseUrl(process.env.MAIL_CATCHER_URL);
  if (!local(smtp, "smtp:") || !local(http, "http:")) return null;
  return { smtpPort: Number(smtp.port || 25), httpPort: Number(http.port || 80) };
}

function parseUrl(value) {
  try {
    return value ? new URL(value) : null;
  } catch {
    return null;
  }
}
