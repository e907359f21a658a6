/** Latency summaries for the benchmark. */

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles of durations in milliseconds, rounded to 0.01 ms. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => {
    if (sorted.length === 0) return 0;
    const v = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
    return Math.round(v * 100) / 100;
  };
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** Times `run` on every item, after a short unmeasured warm-up. */
export function timeEach<T>(items: readonly T[], run: (item: T) => void, warmup = 20): number[] {
  for (const item of items.slice(0, warmup)) run(item);
  return items.map((item) => {
    const started = performance.now();
    run(item);
    return performance.now() - started;
  });
}

/** Resident memory in MB. */
export const rssMB = () => Math.round(process.memoryUsage().rss / 1e6);
