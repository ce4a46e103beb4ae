// `npm start`: builds the portal, starts the Twilio emulator and the mail catcher (each when
// configured locally) and the portal at http://localhost:${PORT:-3000}, and prints the demo
// sign-ins.
import { existsSync } from "node:fs";
import { applyEnvDefaults, localEmulatorPort, localMailCatcher } from "./env-defaults.mjs";
import { background, run, waitForUrl } from "./processes.mjs";

const { embedded: demo } = applyEnvDefaults();
const port = Number(process.env.PORT ?? 3000);
if (process.env.EMULATOR_PORT && localEmulatorPort() !== null) {
  process.env.TWILIO_EMULATOR_URL = `http://127.0.0.1:${process.env.EMULATOR_PORT}`;
}
if (!process.env.PUBLIC_BASE_URL || process.env.PUBLIC_BASE_URL === "http://localhost:3000") {
  process.env.PUBLIC_BASE_URL = `http://localhost:${port}`;
}
const dev = process.argv.includes("--dev");

if (!dev && !process.argv.includes("--no-build")) {
  const { code } = await run("npx", ["next", "build"]);
  if (code !== 0) process.exit(code);
}
const emulatorPort = localEmulatorPort();
if (emulatorPort !== null) {
  background("npx", ["tsx", "packages/twilio-emulator/src/main.ts"], {
    env: { EMULATOR_PORT: String(emulatorPort) },
  });
  if (!(await waitForUrl(`http://127.0.0.1:${emulatorPort}/_emulator/health`, 30_000))) {
    console.error(`The Twilio emulator did not start on port ${emulatorPort}.`);
    process.exit(1);
  }
}
// The portal's mail goes to the local catcher (SMTP_URL) and /dev/mail reads it back from there.
const mailCatcher = localMailCatcher();
const mailCatcherUrl = process.env.MAIL_CATCHER_URL?.replace(/\/+$/, "");
if (mailCatcher) {
  background("npx", ["tsx", "packages/mail-catcher/src/main.ts"], {
    env: {
      MAIL_CATCHER_SMTP_PORT: String(mailCatcher.smtpPort),
      MAIL_CATCHER_HTTP_PORT: String(mailCatcher.httpPort),
    },
  });
  if (!(await waitForUrl(`${mailCatcherUrl}/health`, 30_000))) {
    console.error(
      `The mail catcher did not start on ports ${mailCatcher.smtpPort}/${mailCatcher.httpPort}.`,
    );
    process.exit(1);
  }
}
// The embedded demo (published secrets, demo passwords) answers on this machine only.
const bind = demo ? ["-H", "127.0.0.1"] : [];
// The background workers stop cleanly on Ctrl+C (instrumentation.ts) instead of mid-job.
process.env.NEXT_MANUAL_SIG_HANDLE ??= "true";
const server = background("npx", ["next", dev ? "dev" : "start", "-p", String(port), ...bind]);
server.on("exit", (code) => {
  if (code) {
    console.error(`The portal stopped (exit code ${code}).`);
    process.exit(code);
  }
});
await waitForUrl(`http://localhost:${port}/login`, 120_000);
console.log(`\nCompliance Update Portal: http://localhost:${port}`);
if (demo) {
  console.log(
    `Twilio emulator: ${process.env.TWILIO_EMULATOR_URL} (npm run emulator -- --reset to reseed)`,
  );
}
if (mailCatcher) {
  console.log(
    `Mail catcher: ${mailCatcherUrl} (caught mail also at http://localhost:${port}/dev/mail)`,
  );
}
if (demo) {
  console.log("Demo sign-ins (password: compliance-demo):");
  console.log("  customer@demo.test  customer of Acme Logistics GmbH");
  console.log("  multi@demo.test     customer of Bistro Lumière SARL and Harbour Dental Pty Ltd");
  console.log("  nordic@demo.test    customer of Nordic Fjord Consulting Ltd");
  console.log("  support@demo.test   support staff");
  console.log("  admin@demo.test     platform admin");
  console.log("  trainee@demo.test   no account yet: an admin can make them support staff");
}
if (!existsSync(".env"))
  console.log("(Using .env.example defaults; copy it to .env to change them.)");
console.log("Press Ctrl+C to stop.");
await new Promise(() => {});
