/**
 * `npm run emulator [-- --reset]`: the Twilio emulator on 127.0.0.1:${EMULATOR_PORT:-4010},
 * state in .data/twilio-emulator.json (kept across restarts; --reset reseeds the demo).
 */
import { resolve } from "node:path";
import { startEmulator } from "./index";

const port = Number(process.env.EMULATOR_PORT ?? 4010);
const statePath = resolve(process.env.EMULATOR_STATE ?? ".data/twilio-emulator.json");
const emulator = await startEmulator({ port, statePath, reset: process.argv.includes("--reset") });
console.log(`Twilio emulator listening on ${emulator.url} (state: ${statePath})`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => process.exit(0));
  });
}
