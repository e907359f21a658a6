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

/** Resident memory in MB. */
export const rssMB = () => Math.round(process.memoryUsage().rss / 1e6);

/** The V8 heap in use, in MB. */
export const heapUsedMB = () => Math.round(process.memoryUsage().heapUsed / 1e6);
