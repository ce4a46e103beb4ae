import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import type { EmulatorState } from "./types";

export type JournalEntry =
  { c: string; put: unknown } | { c: string; del: string } | { meta: Record<string, unknown> };

/** What a snapshot is made of: the settings, and each table's rows. */
export interface SnapshotSource {
  meta(): Record<string, unknown>;
  tables(): Array<[string, readonly unknown[]]>;
}

export interface JournalOptions {
  /** The journal is folded into the snapshot once it outgrows this and twice the snapshot. */
  minCompactBytes?: number;
  /** Rows serialised per event-loop turn by a background compaction. */
  rowsPerTurn?: number;
}

const SNAPSHOT_FACTOR = 2;

/**
 * Persistence as a snapshot (`<path>`, one JSON document) and an append-only journal
 * (`<path>.journal`, one JSON line per change: a whole row, a delete, or the settings). Changes
 * are buffered and appended once per event-loop turn, so a write costs what it changed.
 *
 * When the journal has grown past twice the snapshot (and 16 MB) it is folded into a new
 * snapshot in the background: the journal is set aside as `<path>.journal.old`, a new one takes
 * the changes, and the snapshot is written into a temporary file a few thousand rows per turn,
 * then renamed over the old one, and the set-aside journal removed. Rows may change while they
 * are written, which is harmless: every change since the set-aside is in the new journal, and
 * replaying whole rows and deletes in order over any of these snapshots gives the same state.
 * A restart loads the snapshot, then `.journal.old` if a compaction was cut short, then the
 * journal; a torn last line (a write cut short) is ignored.
 *
 * Why not an embedded database: the state already lives in memory (it always has), the emulator
 * must run wherever Node 20 runs with no native build, and a journal of whole rows keeps the
 * files readable when a test needs to look at them.
 */
export class Journal {
  readonly journalPath: string;
  private readonly oldPath: string;
  private readonly tmpPath: string;
  private fd: number | null = null;
  private buffer: string[] = [];
  private scheduled = false;
  private paused = 0;
  private journalBytes = 0;
  private snapshotBytes = 0;
  /** The background compaction under way, if any (cancel() stops it). */
  private running: { cancel(): void } | null = null;
  readonly counters = { compactions: 0, lastCompactionMs: 0, longestTurnMs: 0 };

  private readonly minCompactBytes: number;
  private readonly rowsPerTurn: number;

  constructor(
    readonly statePath: string,
    private readonly source: SnapshotSource,
    options: JournalOptions = {},
  ) {
    this.minCompactBytes = options.minCompactBytes ?? 16 * 1024 * 1024;
    this.rowsPerTurn = options.rowsPerTurn ?? 2000;
    this.journalPath = `${statePath}.journal`;
    this.oldPath = `${statePath}.journal.old`;
    this.tmpPath = `${statePath}.${process.pid}.tmp`;
  }

  append(entry: JournalEntry): void {
    if (this.paused > 0) return;
    this.buffer.push(`${JSON.stringify(entry)}\n`);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes the buffered lines; starts a background compaction when the journal is due. */
  flush(): void {
    this.scheduled = false;
    if (this.buffer.length === 0) return;
    const data = this.buffer.join("");
    this.buffer = [];
    writeSync(this.open(), data);
    this.journalBytes += Buffer.byteLength(data);
    const due = Math.max(this.minCompactBytes, SNAPSHOT_FACTOR * this.snapshotBytes);
    if (this.journalBytes > due && !this.running) this.compactInBackground();
  }

  /** A new snapshot of the whole state now (start-up, reset, shutdown); the journals are emptied. */
  compact(): void {
    this.running?.cancel();
    this.buffer = [];
    const started = performance.now();
    const text = this.document();
    mkdirSync(dirname(this.statePath), { recursive: true });
    const fd = openSync(this.tmpPath, "w");
    writeSync(fd, text);
    closeSync(fd);
    renameSync(this.tmpPath, this.statePath);
    ftruncateSync(this.open(), 0);
    rmSync(this.oldPath, { force: true });
    this.journalBytes = 0;
    this.snapshotBytes = Buffer.byteLength(text);
    this.counters.compactions++;
    this.counters.lastCompactionMs = performance.now() - started;
  }

  private document(): string {
    const parts = [`{"version":1`];
    for (const [k, v] of Object.entries(this.source.meta()))
      parts.push(`,${JSON.stringify(k)}:${JSON.stringify(v)}`);
    for (const [name, rows] of this.source.tables())
      parts.push(`,${JSON.stringify(name)}:${JSON.stringify(rows)}`);
    parts.push("}");
    return parts.join("");
  }

  private compactInBackground(): void {
    const started = performance.now();
    // Set the journal aside; new changes go to a fresh one.
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    renameSync(this.journalPath, this.oldPath);
    this.journalBytes = 0;
    mkdirSync(dirname(this.statePath), { recursive: true });
    const out = openSync(this.tmpPath, "w");
    let bytes = 0;
    const write = (s: string) => {
      bytes += writeSync(out, s);
    };
    write(`{"version":1`);
    for (const [k, v] of Object.entries(this.source.meta()))
      write(`,${JSON.stringify(k)}:${JSON.stringify(v)}`);
    // The row lists as they are now; each row is serialised when its turn comes.
    const tables = this.source.tables().map(([name, rows]) => [name, [...rows]] as const);
    let table = 0;
    let row = 0;
    let cancelled = false;
    let timer: NodeJS.Immediate | null = null;
    const step = () => {
      timer = null;
      if (cancelled) return;
      const turn = performance.now();
      let budget = this.rowsPerTurn;
      while (budget > 0 && table < tables.length) {
        const [name, rows] = tables[table]!;
        if (row === 0) write(`,${JSON.stringify(name)}:[`);
        const end = Math.min(rows.length, row + budget);
        const chunk: string[] = [];
        for (let i = row; i < end; i++) chunk.push(JSON.stringify(rows[i]));
        if (chunk.length > 0) write((row === 0 ? "" : ",") + chunk.join(","));
        budget -= end - row;
        row = end;
        if (row >= rows.length) {
          write("]");
          table++;
          row = 0;
        }
      }
      this.counters.longestTurnMs = Math.max(this.counters.longestTurnMs, performance.now() - turn);
      if (table < tables.length) {
        timer = setImmediate(step);
        return;
      }
      write("}");
      closeSync(out);
      renameSync(this.tmpPath, this.statePath);
      rmSync(this.oldPath, { force: true });
      this.snapshotBytes = bytes;
      this.running = null;
      this.counters.compactions++;
      this.counters.lastCompactionMs = performance.now() - started;
    };
    this.running = {
      cancel: () => {
        cancelled = true;
        if (timer) clearImmediate(timer);
        closeSync(out);
        rmSync(this.tmpPath, { force: true });
        this.running = null;
      },
    };
    timer = setImmediate(step);
  }

  /** Stops journaling (bulk replacement of the state, which ends with a compaction). */
  pause(): void {
    this.paused++;
  }

  resume(): void {
    this.paused = Math.max(0, this.paused - 1);
  }

  /** The snapshot and the journals' entries in order, or null when there is no state yet. */
  read(): { snapshot: EmulatorState; entries: JournalEntry[] } | null {
    const journals = [this.oldPath, this.journalPath].filter((p) => existsSync(p));
    const hasSnapshot = existsSync(this.statePath);
    if (!hasSnapshot && journals.length === 0) return null;
    const snapshot: EmulatorState = hasSnapshot
      ? (JSON.parse(readFileSync(this.statePath, "utf8")) as EmulatorState)
      : ({ version: 1 } as EmulatorState);
    const entries: JournalEntry[] = [];
    for (const path of journals) {
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (!line) continue;
        try {
          entries.push(JSON.parse(line) as JournalEntry);
        } catch {
          break; // a torn last write: everything before it is whole
        }
      }
    }
    return { snapshot, entries };
  }

  usage() {
    const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
    return {
      snapshotBytes: size(this.statePath),
      journalBytes: size(this.journalPath) + size(this.oldPath),
      compacting: this.running !== null,
      ...this.counters,
    };
  }

  close(): void {
    this.flush();
    this.running?.cancel();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private open(): number {
    if (this.fd === null) {
      mkdirSync(dirname(this.journalPath), { recursive: true });
      this.fd = openSync(this.journalPath, "a");
    }
    return this.fd;
  }
}
