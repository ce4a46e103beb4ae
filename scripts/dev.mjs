// `npm run dev`: the emulator plus `next dev`, with .env.example defaults.
process.argv.push("--dev");
await import("./start.mjs");
