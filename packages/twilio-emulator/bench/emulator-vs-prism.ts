/**
 * `npm run bench:emulator`: the emulator as the portal uses it, beside Stoplight Prism serving
 * Twilio's spec. Not a test: it prints figures.
 *
 * - The emulator runs in its own process (src/main.ts) with persisted state (snapshot + journal
 *   in a temporary directory) and 10,000 generated Bundles in one account.
 * - Prism (@stoplight/prism-cli) mocks spec/twilio-oai/twilio_numbers_v2.json from the local
 *   file (offline), static examples, log level "warn" (its per-request info logging off, to
 *   give it its best figures).
 * - autocannon drives each operation over loopback from this process, first against the
 *   emulator, then against Prism, with the same paths, headers and bodies. Upload is the one
 *   exception: Twilio's spec has no File part, so Prism refuses multipart (415); it gets the
 *   same fields form-encoded, without the file, while the emulator parses and checks the file.
 *
 * Options: --duration=SECONDS per operation and server (default 5), --connections=N (default 4).
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import autocannon from "autocannon";
import { DEMO_SUBACCOUNTS } from "../src/seed/demo-accounts";

const ACME = DEMO_SUBACCOUNTS[0]!;
const PACKAGE = resolve(import.meta.dirname, "..");
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const DURATION = arg("duration", 5);
const CONNECTIONS = arg("connections", 4);
const BUNDLES = 10_000;
const RC = "/v2/RegulatoryCompliance";
const AUTH = `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`;

const children: ChildProcess[] = [];
/** Stops the processes this benchmark started (by PID), waiting for each to exit. */
async function stopChildren(): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null || !child.pid) return done();
          child.once("exit", () => done());
          process.kill(child.pid);
        }),
    ),
  );
}
process.on("exit", () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(child.pid);
});

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(url: string, init: RequestInit = {}, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, init)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: PACKAGE,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function startEmulator(statePath: string): Promise<string> {
  const port = await freePort();
  start(process.execPath, ["--import", "tsx", "src/main.ts", "--reset"], {
    EMULATOR_PORT: String(port),
    EMULATOR_STATE: statePath,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/_emulator/health`);
  return url;
}

async function startPrism(): Promise<string> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist/index.js");
  const port = await freePort();
  start(process.execPath, [
    cli,
    "mock",
    "spec/twilio-oai/twilio_numbers_v2.json",
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    "--verboseLevel",
    "warn",
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${RC}/Bundles`, { headers: { authorization: AUTH } });
  return url;
}

interface Operation {
  name: string;
  method: "GET" | "POST";
  /** Each request's path, by request number (rotating over SIDs). */
  path: (i: number) => string;
  body?: { contentType: string; emulator: Buffer | string; prism: Buffer | string };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function measure(
  base: string,
  op: Operation,
  target: "emulator" | "prism",
): Promise<Figures> {
  let n = 0;
  const samples: number[] = [];
  const body = op.body?.[target];
  // Without a callback autocannon returns its event emitter made thenable (lib/init.js).
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: op.method,
        headers: {
          authorization: AUTH,
          ...(op.body ? { "content-type": op.body.contentType } : {}),
        },
        ...(body === undefined ? {} : { body }),
        setupRequest: (req) => ({ ...req, path: op.path(n++) }),
      },
    ],
  }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  instance.on(
    "response",
    (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status < 300) samples.push(responseTime);
    },
  );
  const result = await instance;
  samples.sort((a, b) => a - b);
  const q = (p: number) =>
    samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? NaN;
  return {
    rps: (result.requests.total - result.non2xx) / result.duration,
    p50: q(0.5),
    p99: q(0.99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { authorization: AUTH, "content-type": "application/json", ...init.headers },
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function multipart(fileBytes: Buffer): { contentType: string; body: Buffer } {
  const boundary = "----emulatorBench7MA4YWxkTrZu0gW";
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head =
    field("FriendlyName", "Passport scan") +
    field("Type", "passport") +
    field("Attributes", JSON.stringify({ first_name: "Ada", last_name: "Lovelace" })) +
    `--${boundary}\r\nContent-Disposition: form-data; name="File"; filename="passport.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([Buffer.from(head), fileBytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "emulator-bench-"));
  try {
    const statePath = join(dir, "twilio-emulator.json");
    const [emulator, prism] = await Promise.all([startEmulator(statePath), startPrism()]);
    await json(`${emulator}/_emulator/bundles/generate`, {
      method: "POST",
      body: JSON.stringify({ accountSid: ACME.sid, count: BUNDLES }),
    });
    const storage0 = await json<{ rows: { bundles: number } }>(`${emulator}/_emulator/storage`);
    const copyable = (
      await json<{ results: Array<{ sid: string }> }>(
        `${emulator}${RC}/Bundles?Status=twilio-approved&HasValidUntilDate=true&PageSize=1000`,
      )
    ).results.map((b) => b.sid);
    const withItems = (
      await json<{ results: Array<{ sid: string; friendly_name: string }> }>(
        `${emulator}${RC}/Bundles?PageSize=1000&SortBy=date-updated&SortDirection=ASC`,
      )
    ).results
      .filter((b) => b.friendly_name.startsWith("Acme Logistics"))
      .map((b) => b.sid);
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(64 * 1024, 0x20)]);
    const upload = multipart(pdf);
    const form = new URLSearchParams({
      FriendlyName: "Passport scan",
      Type: "passport",
      Attributes: JSON.stringify({ first_name: "Ada", last_name: "Lovelace" }),
    }).toString();
    const worklist = `${RC}/Bundles?Status=twilio-approved&HasValidUntilDate=true&SortBy=valid-until&SortDirection=ASC&PageSize=50`;
    const operations: Operation[] = [
      { name: "list (worklist query, 50/page)", method: "GET", path: () => worklist },
      {
        name: "list (default order, 50/page)",
        method: "GET",
        path: () => `${RC}/Bundles?PageSize=50`,
      },
      {
        name: "fetch bundle",
        method: "GET",
        path: (i) => `${RC}/Bundles/${copyable[i % copyable.length]}`,
      },
      {
        name: "create copy",
        method: "POST",
        path: (i) => `${RC}/Bundles/${copyable[i % copyable.length]}/Copies`,
      },
      {
        name: "evaluate (bundle with items)",
        method: "POST",
        path: (i) => `${RC}/Bundles/${withItems[i % withItems.length]}/Evaluations`,
      },
      {
        name: "upload document (64 KB PDF)",
        method: "POST",
        path: () => `${RC}/SupportingDocuments`,
        body: { contentType: upload.contentType, emulator: upload.body, prism: form },
      },
    ];
    // Prism takes the form-encoded create for the upload row (see the header comment).
    const prismUpload = {
      ...operations[5]!,
      body: { ...operations[5]!.body!, contentType: "application/x-www-form-urlencoded" },
    };

    console.log(
      `Emulator vs Prism: ${storage0.rows.bundles.toLocaleString("en")} Bundles (${BUNDLES.toLocaleString("en")} generated + the demo seed), ` +
        `persisted state, own processes, autocannon over loopback, ${CONNECTIONS} connections, ${DURATION} s per operation and server, ` +
        `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}`,
    );
    console.log(
      `${"operation".padEnd(32)} ${"emulator req/s".padStart(14)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)}   ${"prism req/s".padStart(11)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)}   ratio`,
    );
    const rows: Array<{ name: string; e: Figures; p: Figures }> = [];
    for (const op of operations) {
      const e = await measure(emulator, op, "emulator");
      const p = await measure(prism, op === operations[5] ? prismUpload : op, "prism");
      rows.push({ name: op.name, e, p });
      const flags = [
        e.non2xx || e.errors ? `emulator non-2xx ${e.non2xx}, errors ${e.errors}` : "",
        p.non2xx || p.errors ? `prism non-2xx ${p.non2xx}, errors ${p.errors}` : "",
      ]
        .filter(Boolean)
        .join("; ");
      console.log(
        `${op.name.padEnd(32)} ${fmt(e.rps, 0).padStart(14)} ${fmt(e.p50).padStart(7)} ${fmt(e.p99).padStart(7)}   ${fmt(p.rps, 0).padStart(11)} ${fmt(p.p50).padStart(7)} ${fmt(p.p99).padStart(7)}   ${fmt(e.rps / p.rps, 2)}×${flags ? `  (${flags})` : ""}`,
      );
    }
    const storage = await json<{
      snapshotBytes: number;
      journalBytes: number;
      compactions: number;
      longestTurnMs: number;
      rows: Record<string, number>;
      rssBytes: number;
    }>(`${emulator}/_emulator/storage`);
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `Emulator state after the run: ${storage.rows.bundles} Bundles, ${storage.rows.evaluations} evaluations, ` +
        `${storage.rows.supporting_documents} documents; snapshot ${mb(storage.snapshotBytes)}, journal ${mb(storage.journalBytes)}, ` +
        `${storage.compactions} compactions (longest turn ${fmt(storage.longestTurnMs)} ms), RSS ${mb(storage.rssBytes)}`,
    );
    const lists = rows.filter((r) => r.name.startsWith("list"));
    const listP50 = Math.max(...lists.map((r) => r.e.p50));
    const slowest = rows.reduce((a, b) => (a.e.rps / a.p.rps < b.e.rps / b.p.rps ? a : b));
    console.log(
      `Targets: list p50 < 5 ms: ${fmt(listP50)} ms (${listP50 < 5 ? "met" : "missed"}); ` +
        `≥ 1.5× Prism's req/s on every operation: lowest ${fmt(slowest.e.rps / slowest.p.rps)}× (${slowest.name}; ${slowest.e.rps / slowest.p.rps >= 1.5 ? "met" : "missed"})`,
    );
  } finally {
    await stopChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
