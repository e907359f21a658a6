/**
 * A "working on it" signal that only shows when an answer is slow: fast answers (the usual case)
 * cost no extra Slack call and no waiting.
 */
import { log } from "../../log.js";

/** How long an answer may take before the asker sees that it is being worked on. */
export const SLOW_ANSWER_MS = 1500;

export interface SignalledResult<T> {
  value: T;
  /** Set when the signal was given: settles (never rejects) once it is shown or has failed. */
  signal?: Promise<boolean>;
}

/**
 * Runs `work`; if it has not finished after `afterMs`, calls `signal` once. A failing signal is
 * only logged. Tells whether the signal was given, so the caller can take it back.
 */
export async function withSlowSignal<T>(work: () => Promise<T>, signal: () => Promise<unknown>, afterMs = SLOW_ANSWER_MS): Promise<SignalledResult<T>> {
  let shown: Promise<boolean> | undefined;
  const timer = setTimeout(() => {
    shown = signal().then(
      () => true,
      (err: unknown) => {
        log.warn({ err, platform: "slack" }, "could not show that the answer is on its way");
        return false;
      },
    );
  }, afterMs);
  try {
    const value = await work();
    return { value, signal: shown };
  } finally {
    clearTimeout(timer);
  }
}
