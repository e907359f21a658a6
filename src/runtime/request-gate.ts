/**
 * Counts the requests in flight and closes the door on new ones at shutdown, so the process can
 * finish what it started before it stops.
 */
export class RequestGate {
  private open = true;
  private inFlight = 0;
  private idle: (() => void)[] = [];

  /** False once shutdown began. */
  get accepting(): boolean {
    return this.open;
  }

  get pending(): number {
    return this.inFlight;
  }

  /** Runs one request, counted until it settles. */
  async run<T>(work: () => Promise<T> | T): Promise<T> {
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  /** Stops accepting new requests. */
  close(): void {
    this.open = false;
  }

  /** Resolves true when no request is in flight, or false after `timeoutMs` with some still running. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
