/**
 * What a benchmark module returns, and the timing helpers they share. Every file in
 * `electron/tools/bench/` (not `*.test.ts`) is a benchmark module: it exports
 * `async function run(): Promise<Row[]>` and `bench.ts` prints its rows as one table.
 */

export interface Row {
  /** What was measured, in words a reader of the table understands. */
  name: string;
  value: number;
  /** 'ms', 'MB', 'x', 'words'... */
  unit: string;
  /** The target it is held to, e.g. '≤ 50 ms'; omitted when there is none. */
  target?: string;
  /** Whether the target was met; omitted when there is no target. */
  ok?: boolean;
  /** Anything that helps read the number (run count, input size, comparison). */
  note?: string;
}

export interface BenchModule {
  run(): Promise<Row[]>;
}

/** The value at quantile `q` (0..1) of `samples`, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('quantile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/**
 * How far a ratio of two quantiles can be trusted: `a` and `b` are paired rounds (round i of
 * each measured in turn); rounds are drawn with replacement `draws` times and the pooled
 * quantile ratio worked out for each draw. Returns the [low, high] percentiles of those ratios
 * (a 90% interval by default). Seeded, so the same samples always give the same interval.
 */
export function bootstrapQuantileRatio(
  a: readonly (readonly number[])[], b: readonly (readonly number[])[], q: number,
  { draws = 2000, low = 0.05, high = 0.95, seed = 1 } = {},
): [number, number] {
  if (a.length === 0 || a.length !== b.length) throw new Error('bootstrap needs the same number of rounds on each side');
  let state = seed >>> 0;
  const nextIndex = (n: number): number => {
    // xorshift32: a small, seeded generator is all resampling needs.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const ratios: number[] = [];
  for (let d = 0; d < draws; d++) {
    const pa: number[] = [];
    const pb: number[] = [];
    for (let i = 0; i < a.length; i++) {
      const k = nextIndex(a.length);
      pa.push(...a[k]!);
      pb.push(...b[k]!);
    }
    ratios.push(quantile(pa, q) / quantile(pb, q));
  }
  return [quantile(ratios, low), quantile(ratios, high)];
}

/** Times `fn` `runs` times after `warmup` untimed calls; returns the samples in ms. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * Like `timeRuns`, but also the process CPU time of each run (user + system, ms). On a machine
 * busy with other work, wall time includes waiting for a core; CPU time is closer to what the
 * code itself costs. Both are reported so neither flatters.
 */
export async function timeRunsWithCpu(fn: () => unknown, runs: number, warmup = 3): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

/** Rounds for display: 2 significant decimals below 10, 1 below 100, none above. */
export function round(value: number): number {
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const MB = 1024 * 1024;
