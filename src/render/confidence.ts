/**
 * Confidence in words, the same in every adapter. Confidence is calibrated (of the values given
 * about 0.8, about 8 in 10 are right), so the words follow the numbers: "high" is right most
 * of the time, "low" about as often as not.
 */
import type { AnswerValue } from "../core/types.js";

/** Where the words change, highest first. */
const BANDS: readonly (readonly [number, string])[] = [
  [0.8, "high confidence"],
  [0.55, "medium confidence"],
  [0, "low confidence"],
];

/** "high confidence", "medium confidence" or "low confidence"; undefined when there is no figure. */
export function confidenceWords(confidence: number | undefined): string | undefined {
  if (confidence === undefined || !Number.isFinite(confidence)) return undefined;
  return BANDS.find(([floor]) => confidence >= floor)?.[1];
}

/** How many sources state a value and how sure the answer is: "2 sources, high confidence". */
export function supportWords(value: AnswerValue): string {
  const n = value.sources.length;
  const sources = `${n} source${n === 1 ? "" : "s"}`;
  const words = confidenceWords(value.confidence);
  return words ? `${sources}, ${words}` : sources;
}

/** The heading shown above passages, in every adapter. */
export const PASSAGES_HEADING = "No single answer; here is what each source says.";

/** The heading shown above weaker values that differ from the answer. */
export const ALSO_MENTIONED_HEADING = "Also mentioned (not confident enough to call a disagreement):";
