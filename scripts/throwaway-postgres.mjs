// A disposable PostgreSQL cluster on loopback for the database tests, when Debian's postgresql
// is installed (CI installs it). Returns null where it is not available.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

function pgBin() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], "bin") : null;
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export async function startThrowawayPostgres() {
  const bin = pgBin();
  if (!bin) return null;
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "portal-pg-"));
  chmodSync(dir, 0o777);
  const asPg = (cmd, args) =>
    isRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" })
      : execFileSync(cmd, args, { stdio: "pipe" });
  const port = await freePort();
  const data = join(dir, "data");
  try {
    asPg(join(bin, "initdb"), ["-D", data, "-U", "app", "--auth=trust", "-E", "UTF8"]);
    asPg(join(bin, "pg_ctl"), [
      "-D",
      data,
      "-l",
      join(dir, "log.txt"),
      "-w",
      "start",
      "-o",
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    ]);
    execFileSync(
      join(bin, "createdb"),
      ["-h", "127.0.0.1", "-p", String(port), "-U", "app", "app_test"],
      { stdio: "pipe" },
    );
  } catch (err) {
    console.warn(
      `(Postgres not started: ${
        String(err.stderr ?? err.message)
          .trim()
          .split("\n")[0]
      })`,
    );
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    url: `postgres://app@127.0.0.1:${port}/app_test`,
    stop() {
      try {
        asPg(join(bin, "pg_ctl"), ["-D", data, "-w", "stop", "-m", "fast"]);
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
