import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import type { EmulatorState } from "./types";

export type JournalEntry =
  { c: string; put: unknown } | { c: string; del: string } | { meta: Record<string, unknown> };

/** The journal is folded into the snapshot once it outgrows both of these. */
const MIN_COMPACT_BYTES = 16 * 1024 * 1024;
const SNAPSHOT_FACTOR = 2;

/**
 * Persistence as a snapshot (`<path>`, one JSON document, written atomically: temp file + rename)
 * and an append-only journal (`<path>.journal`, one JSON line per change). Changes are buffered
 * and appended once per event-loop turn. When the journal has grown past twice the snapshot (and
 * 16 MB), a new snapshot replaces both, so the cost of compaction, amortised, stays proportional
 * to what changed. A crash loses at most the current turn; a torn last line is ignored on replay,
 * and replaying a journal over a newer snapshot is harmless (every entry is a whole row or a
 * delete, applied in order).
 *
 * Why not an embedded database: the state is small enough to live in memory (it always has), the
 * emulator must run anywhere Node 20 runs with no native build, and a journal of whole rows keeps
 * the files readable when a test needs to look at them.
 */
export class Journal {
  readonly journalPath: string;
  private fd: number | null = null;
  private buffer: string[] = [];
  private scheduled = false;
  private paused = 0;
  private journalBytes = 0;
  private snapshotBytes = 0;

  constructor(
    readonly statePath: string,
    private readonly snapshot: () => EmulatorState,
  ) {
    this.journalPath = `${statePath}.journal`;
  }

  append(entry: JournalEntry): void {
    if (this.paused > 0) return;
    this.buffer.push(`${JSON.stringify(entry)}\n`);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes the buffered lines; compacts when the journal is due. */
  flush(): void {
    this.scheduled = false;
    if (this.buffer.length === 0) return;
    const data = this.buffer.join("");
    this.buffer = [];
    writeSync(this.open(), data);
    this.journalBytes += Buffer.byteLength(data);
    if (this.journalBytes > Math.max(MIN_COMPACT_BYTES, SNAPSHOT_FACTOR * this.snapshotBytes))
      this.compact();
  }

  /** A new snapshot of the whole state; the journal (and anything buffered) is then redundant. */
  compact(): void {
    this.buffer = [];
    const text = JSON.stringify(this.snapshot());
    mkdirSync(dirname(this.statePath), { recursive: true });
    const tmp = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, this.statePath);
    ftruncateSync(this.open(), 0);
    this.journalBytes = 0;
    this.snapshotBytes = Buffer.byteLength(text);
  }

  /** Stops journaling (bulk replacement of the state, which ends with a compaction). */
  pause(): void {
    this.paused++;
  }

  resume(): void {
    this.paused = Math.max(0, this.paused - 1);
  }

  /** The snapshot and the journal's entries, or null when there is no state yet. */
  read(): { snapshot: EmulatorState; entries: JournalEntry[] } | null {
    const hasSnapshot = existsSync(this.statePath);
    const hasJournal = existsSync(this.journalPath);
    if (!hasSnapshot && !hasJournal) return null;
    const snapshot: EmulatorState = hasSnapshot
      ? (JSON.parse(readFileSync(this.statePath, "utf8")) as EmulatorState)
      : ({ version: 1 } as EmulatorState);
    const entries: JournalEntry[] = [];
    if (hasJournal) {
      for (const line of readFileSync(this.journalPath, "utf8").split("\n")) {
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

  usage(): { snapshotBytes: number; journalBytes: number } {
    const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
    return { snapshotBytes: size(this.statePath), journalBytes: size(this.journalPath) };
  }

  close(): void {
    this.flush();
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
