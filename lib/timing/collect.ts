/**
 * What one request spent its time on, by kind of work (issue 15: "measure where the time goes").
 * Pure bookkeeping, no I/O. For each kind: how many calls, their summed duration, and their wall
 * time (the union of their intervals, so ten queries run side by side count once); `any` is the
 * wall time during which at least one measured call of any kind was in flight, so what a request
 * took beyond it is the app's own work (rendering, the framework, the event loop).
 */
export const TIMING_KINDS = ["db", "db_open", "twilio", "hash"] as const;
export type TimingKind = (typeof TIMING_KINDS)[number];

export interface KindFigures {
  count: number;
  sumMs: number;
  wallMs: number;
}

export interface TimingFigures {
  kinds: Record<TimingKind, KindFigures>;
  anyMs: number;
}

/** Wall time of overlapping calls: counts open calls and accumulates while any is open. */
class Union {
  private open = 0;
  private since = 0;
  total = 0;
  start(now: number) {
    if (this.open++ === 0) this.since = now;
  }
  end(now: number) {
    if (--this.open === 0) this.total += now - this.since;
  }
}

export class TimingCollector {
  private readonly figures = new Map<TimingKind, { count: number; sumMs: number; wall: Union }>();
  private readonly any = new Union();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Marks a call of `kind` as started; the returned function marks it as ended. */
  begin(kind: TimingKind): () => void {
    const started = this.clock();
    let entry = this.figures.get(kind);
    if (!entry) this.figures.set(kind, (entry = { count: 0, sumMs: 0, wall: new Union() }));
    entry.count++;
    entry.wall.start(started);
    this.any.start(started);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const now = this.clock();
      entry.sumMs += now - started;
      entry.wall.end(now);
      this.any.end(now);
    };
  }

  snapshot(): TimingFigures {
    const kinds = Object.fromEntries(
      TIMING_KINDS.map((kind) => {
        const e = this.figures.get(kind);
        return [kind, { count: e?.count ?? 0, sumMs: e?.sumMs ?? 0, wallMs: e?.wall.total ?? 0 }];
      }),
    ) as Record<TimingKind, KindFigures>;
    return { kinds, anyMs: this.any.total };
  }
}
