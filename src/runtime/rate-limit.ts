/**
 * Per-user rate limit: a token bucket per key ("slack:U123"), refilled evenly over a minute, so a
 * user may ask a burst of `perMinute` questions and then one every 60/perMinute seconds.
 */

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before full (idle) ones are dropped, so memory stays bounded. */
const PRUNE_AT = 10_000;
const MINUTE_MS = 60_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** `now` is injectable so tests move time instead of waiting. */
  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(perMinute >= 1)) throw new RangeError("perMinute must be at least 1");
  }

  /** Takes one request from `key`'s allowance, or says how long to wait. */
  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.perMs) };
  }

  private get perMs(): number {
    return this.perMinute / MINUTE_MS;
  }

  private refilled(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= PRUNE_AT) this.prune(now);
      bucket = { tokens: this.perMinute, updatedAt: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    return bucket;
  }

  /** Drops buckets that have refilled completely: they hold nothing a new bucket would not. */
  private prune(now: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.updatedAt) * this.perMs >= this.perMinute) this.buckets.delete(key);
  }
}
