// `npm run dev`: the emulator and the mail catcher plus `next dev`, with .env.example defaults.
process.argv.push("--dev");
await import("./start.mjs");
