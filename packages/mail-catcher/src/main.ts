/**
 * `npx tsx packages/mail-catcher/src/main.ts`: the mail catcher, SMTP on
 * ${MAIL_CATCHER_HOST:-127.0.0.1}:${MAIL_CATCHER_SMTP_PORT:-1025} and its JSON API on
 * ${MAIL_CATCHER_HTTP_PORT:-1080}. Mail is kept in memory only (gone on restart).
 */
import { startMailCatcher } from "./index";

function port(name: string, fallback: number): number {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number (0-65535), not "${process.env[name]}".`);
    process.exit(1);
  }
  return value;
}

const catcher = await startMailCatcher({
  smtpPort: port("MAIL_CATCHER_SMTP_PORT", 1025),
  httpPort: port("MAIL_CATCHER_HTTP_PORT", 1080),
  host: process.env.MAIL_CATCHER_HOST ?? "127.0.0.1",
});
console.log(`Mail catcher: SMTP on ${catcher.smtpUrl}, caught mail at ${catcher.url}/messages`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void catcher.close().then(() => process.exit(0));
  });
}
