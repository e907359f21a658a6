/**
 * Graceful shutdown: stop taking new questions, let those in flight finish, then stop every
 * running part (adapters, watcher, servers) in the reverse order they started.
 */
import type { RequestGate } from "./request-gate.js";
import type { Logger } from "../log.js";

/** Anything that runs until stopped: adapters return one, so do the watcher and servers. */
export interface Stoppable {
  stop(): Promise<void> | void;
}

export interface Shutdown {
  /** Registers a running part, stopped at shutdown after the ones registered later. */
  add(name: string, part: Stoppable): void;
  /** Runs the shutdown once; later calls get the same promise. */
  run(reason: string): Promise<void>;
}

/** How long in-flight questions and each part's stop may take before shutdown moves on. */
const DRAIN_MS = 10_000;
const STOP_MS = 5_000;

function withTimeout(work: Promise<void> | void, ms: number): Promise<"done" | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  return Promise.race([Promise.resolve(work).then(() => "done" as const), timeout]).finally(() => clearTimeout(timer));
}

export function createShutdown(gate: RequestGate, log: Logger, limits = { drainMs: DRAIN_MS, stopMs: STOP_MS }): Shutdown {
  const parts: { name: string; part: Stoppable }[] = [];
  let running: Promise<void> | undefined;

  async function stopAll(reason: string): Promise<void> {
    log.info({ reason, inFlight: gate.pending }, "shutting down");
    gate.close();
    if (!(await gate.drained(limits.drainMs))) log.warn({ inFlight: gate.pending }, "questions still running at shutdown");
    for (const { name, part } of [...parts].reverse()) {
      try {
        if ((await withTimeout(part.stop(), limits.stopMs)) === "timeout") log.warn({ part: name }, "did not stop in time");
      } catch (err) {
        log.warn({ err, part: name }, "failed to stop cleanly");
      }
    }
    log.info("stopped");
  }

  return {
    add: (name, part) => void parts.push({ name, part }),
    run: (reason) => (running ??= stopAll(reason)),
  };
}

/** Runs `shutdown` on SIGTERM and SIGINT, then exits 0; a second signal exits at once. */
export function exitOnSignals(shutdown: Shutdown): void {
  let received = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (received) process.exit(1);
      received = true;
      void shutdown.run(signal).then(() => process.exit(0));
    });
  }
}
