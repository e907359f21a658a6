/**
 * Fits a logistic regression with an L2 penalty by Newton's method (iteratively reweighted least
 * squares), over named features. ml-matrix does the linear algebra; the method is the textbook
 * one, since the npm logistic-regression packages fit by fixed-step gradient descent without a
 * penalty or an intercept.
 */
import { Matrix, solve } from "ml-matrix";
import type { Logistic } from "../../src/core/answer/model.js";

export interface Row {
  features: Record<string, number>;
  label: 0 | 1;
  /** How much the row counts (1 unless said). */
  weight?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Fits the model; `l2` is the penalty on every weight but the intercept. A feature given a sign
 * in `signs` keeps it: when the fit gives it the other sign (evidence confounded with other
 * evidence in the data it was fitted on), it is left out and the rest refitted, so that a weight
 * never says the opposite of what its feature means.
 */
export function fitLogistic(rows: readonly Row[], l2 = 1, signs: Readonly<Record<string, 1 | -1>> = {}): Logistic {
  const dropped = new Set<string>();
  for (;;) {
    const model = fitOnce(rows, l2, dropped);
    const wrong = Object.entries(model.weights).filter(([name, w]) => signs[name] !== undefined && w * signs[name]! < 0);
    if (!wrong.length) return { intercept: model.intercept, weights: Object.fromEntries([...Object.entries(model.weights), ...[...dropped].map((n) => [n, 0] as const)].sort()) };
    // The most contrary weight goes first; the others may recover once it is gone.
    const [worst] = wrong.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
    dropped.add(worst);
  }
}

function fitOnce(rows: readonly Row[], l2: number, dropped: ReadonlySet<string>, iterations = 30): Logistic {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))].filter((n) => !dropped.has(n)).sort();
  const d = names.length + 1;
  const x = rows.map((r) => [1, ...names.map((n) => r.features[n] ?? 0)]);
  const beta = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const hessian = Matrix.zeros(d, d);
    const gradient = new Array<number>(d).fill(0);
    rows.forEach((r, i) => {
      const xi = x[i]!;
      const p = sigmoid(xi.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = r.weight ?? 1;
      const h = w * Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j < d; j++) {
        if (xi[j] === 0) continue;
        gradient[j]! += w * (r.label - p) * xi[j]!;
        for (let k = j; k < d; k++) if (xi[k] !== 0) hessian.set(j, k, hessian.get(j, k) + h * xi[j]! * xi[k]!);
      }
    });
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hessian.set(j, k, hessian.get(k, j));
    for (let j = 1; j < d; j++) {
      hessian.set(j, j, hessian.get(j, j) + l2);
      gradient[j]! -= l2 * beta[j]!;
    }
    const step = solve(hessian, Matrix.columnVector(gradient)).to1DArray();
    let change = 0;
    for (let j = 0; j < d; j++) {
      beta[j]! += step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-6) break;
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return { intercept: round(beta[0]!), weights: Object.fromEntries(names.map((n, j) => [n, round(beta[j + 1]!)])) };
}

/** Log loss of a model's probabilities. */
export function logLoss(probabilities: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  probabilities.forEach((p, i) => (sum -= labels[i] ? Math.log(Math.max(p, 1e-9)) : Math.log(Math.max(1 - p, 1e-9))));
  return sum / Math.max(1, probabilities.length);
}

/** Reliability table: for each band of predicted confidence, how many and how many right. */
export function reliability(probabilities: readonly number[], labels: readonly number[], bands = 10): { from: number; to: number; n: number; mean: number; observed: number }[] {
  const out = [];
  for (let b = 0; b < bands; b++) {
    const from = b / bands;
    const to = (b + 1) / bands;
    const idx = probabilities.map((p, i) => [p, i] as const).filter(([p]) => p >= from && (p < to || (b === bands - 1 && p <= 1)));
    const n = idx.length;
    out.push({ from, to, n, mean: n ? idx.reduce((s, [p]) => s + p, 0) / n : 0, observed: n ? idx.reduce((s, [, i]) => s + labels[i]!, 0) / n : 0 });
  }
  return out;
}
