/**
 * The confidence model: logistic regressions over named evidence features, fitted offline to
 * labelled candidates (`npm run train`, scripts/train.ts) and shipped as JSON (./model.json).
 * Two stages, as an answer merger does it: a candidate's chance of being a right value, from its
 * sentence's evidence; then a value's, from its sources' chances and how it stands among the
 * question's other values. A third, two-parameter fit (Platt scaling) calibrates a source's
 * chance as the pick of its document.
 */
import fitted from "./model.json" with { type: "json" };

/** One logistic regression: an intercept and a weight per named feature (missing features weigh 0). */
export interface Logistic {
  intercept: number;
  weights: Record<string, number>;
}

/** What `npm run train` writes. */
export interface ConfidenceModel {
  /** A candidate value in one sentence. */
  candidate: Logistic;
  /** A source's pick, from its candidate logit (feature `logit`). */
  source: Logistic;
  /** A distinct value with every source that states it. */
  value: Logistic;
  /**
   * A question is answered only when its most confident value reaches `answer`; other values
   * are listed from `list` on. A disagreement needs two incompatible values at or above
   * `conflict`, or one at `conflict` and another its own source states with a confidence of
   * `sideSource` or more while the value stands at `sideValue` or more: the value confidence of
   * the side fewer sources give is held down by the very disagreement it takes part in, while
   * its source's confidence says how surely that source states it. A weaker differing value is
   * "also mentioned".
   */
  thresholds: { answer: number; list: number; conflict: number; sideSource?: number; sideValue?: number };
  /** How the model was fitted: data, sizes, held-out calibration. For people; not read by the code. */
  fittedOn?: unknown;
}

/** The logit of a logistic regression for named features. */
export function logit(model: Logistic, features: Readonly<Record<string, number>>): number {
  let z = model.intercept;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model shipped with crosscheck. */
export const MODEL: ConfidenceModel = fitted as ConfidenceModel;
