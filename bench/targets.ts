/** The targets of issue 6 for the full corpus on a 2-core machine, and how a result meets them. */
import type { BenchResult } from "./result.js";

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

/** Each target with the measured figure and whether it holds. */
export function checkTargets(r: BenchResult): TargetCheck[] {
  const seeds = r.seedsDevCorrect === null ? "n/a" : `${r.seedsDevCorrect}/${r.seedsDevTotal}`;
  return [
    { name: "answer p50", target: "≤ 10 ms", measured: `${r.answerMs.p50} ms`, met: r.answerMs.p50 <= 10 },
    { name: "answer p99", target: "≤ 60 ms", measured: `${r.answerMs.p99} ms`, met: r.answerMs.p99 <= 60 },
    { name: "answer p50 / search p50", target: "≤ 2×", measured: `${(r.answerMs.p50 / Math.max(r.searchMs.p50, 0.01)).toFixed(1)}×`, met: r.answerMs.p50 <= 2 * r.searchMs.p50 },
    { name: "start from snapshot", target: "≤ 1500 ms", measured: `${r.loadMs} ms`, met: r.loadMs <= 1500 },
    { name: "build from text", target: "≤ 15000 ms", measured: `${r.buildMs} ms`, met: r.buildMs <= 15_000 },
    { name: "RSS after load", target: "≤ 500 MB", measured: `${r.rssMB} MB`, met: r.rssMB <= 500 },
    { name: "seeds dev correct", target: "8/8", measured: seeds, met: r.seedsDevCorrect !== null && r.seedsDevCorrect === r.seedsDevTotal },
  ];
}
