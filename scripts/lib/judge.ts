/**
 * Judges one Answer against its gold line as ../shared/eval/score.mjs does, so that thresholds can
 * be chosen in one process without running the scorer once per setting. score.mjs stays the
 * reference: every figure we report comes from it.
 */
import type { Answer } from "../../src/core/types.js";
import { matches, type Gold } from "./gold.js";

export interface Verdict {
  passed: boolean;
  /** The answer listed values and its first matches none expected. */
  wrongFirst: boolean;
  answered: boolean;
  values: number;
  goodValues: number;
  /** Conflict flag: "tp" | "fp" | "fn" | "tn", or undefined when the gold does not score it. */
  conflict?: "tp" | "fp" | "fn" | "tn";
}

const cites = (sources: readonly { id: string }[], prefixes?: readonly string[]) =>
  !prefixes?.length || sources.some((s) => prefixes.some((p) => s.id === p || s.id.startsWith(`${p}_`)));

export function judge(gold: Gold, out: Pick<Answer, "status" | "conflict" | "answers" | "passages">): Verdict {
  const e = gold.expect;
  const answers = out.answers;
  let ok = true;
  if (e.status === "not_found") ok &&= out.status === "not_found" && !answers.length;
  else if (e.status === "passages") ok &&= out.status === "passages" && !answers.length && !!out.passages?.length;
  else if (e.status === "answered") ok &&= out.status === "answered" || out.status === "conflict";
  let conflict: Verdict["conflict"];
  if (typeof e.conflict === "boolean") {
    conflict = e.conflict ? (out.conflict ? "tp" : "fn") : out.conflict ? "fp" : "tn";
    ok &&= conflict === "tp" || conflict === "tn";
  }
  for (const v of e.values ?? []) ok &&= answers.some((a) => matches(a, v.any) && cites(a.sources, v.sources));
  const alts = [...(e.values ?? []).map((v) => v.any), ...(e.top ? [e.top] : [])];
  const good = (a: { value: string; normalized: string }) => alts.some((any) => matches(a, any));
  for (const a of answers) if (e.forbid && matches(a, e.forbid)) ok = false;
  if (e.top && !(answers[0] && matches(answers[0], e.top))) ok = false;
  const scoresTrust = alts.length > 0 || e.status === "not_found" || e.status === "passages";
  return {
    passed: ok,
    answered: scoresTrust && answers.length > 0,
    wrongFirst: scoresTrust && answers.length > 0 && !good(answers[0]!),
    values: scoresTrust ? answers.length : 0,
    goodValues: scoresTrust ? answers.filter(good).length : 0,
    conflict,
  };
}

export interface Figures {
  questions: number;
  passed: number;
  answered: number;
  wrongFirst: number;
  values: number;
  goodValues: number;
  tp: number;
  fp: number;
  fn: number;
}

export function tally(verdicts: readonly Verdict[]): Figures {
  const f: Figures = { questions: verdicts.length, passed: 0, answered: 0, wrongFirst: 0, values: 0, goodValues: 0, tp: 0, fp: 0, fn: 0 };
  for (const v of verdicts) {
    f.passed += v.passed ? 1 : 0;
    f.answered += v.answered ? 1 : 0;
    f.wrongFirst += v.wrongFirst ? 1 : 0;
    f.values += v.values;
    f.goodValues += v.goodValues;
    if (v.conflict === "tp") f.tp++;
    if (v.conflict === "fp") f.fp++;
    if (v.conflict === "fn") f.fn++;
  }
  return f;
}

/** "211/500 pass, wrong first 26%, precision 0.58, conflict precision 0.95" */
export function describe(f: Figures): string {
  const pct = (a: number, b: number) => `${Math.round((100 * a) / Math.max(1, b))}%`;
  const p = f.tp + f.fp ? (f.tp / (f.tp + f.fp)).toFixed(2) : "-";
  return `${f.passed}/${f.questions} pass, wrong first ${f.wrongFirst}/${f.answered} (${pct(f.wrongFirst, f.answered)}), precision ${(f.goodValues / Math.max(1, f.values)).toFixed(2)}, conflict precision ${p} (tp ${f.tp} fp ${f.fp} fn ${f.fn})`;
}
