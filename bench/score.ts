/**
 * Scores answers to gold questions the way shared/eval/score.mjs does (same fields, same rules):
 * status (passages too), conflict flag, expected values on answers citing the listed sources,
 * forbidden values, and the top answer.
 */
import { readFileSync } from "node:fs";
import type { Answer, AnswerValue } from "../src/core/types.js";

export interface GoldQuestion {
  q: string;
  expect: {
    status?: "answered" | "not_found" | "passages";
    conflict?: boolean | null;
    values?: { any: string[]; sources?: string[]; snippet?: boolean }[];
    top?: string[];
    forbid?: string[];
  };
}

/** Reads a gold JSONL file (comment lines starting with // skipped). */
export function readGold(path: string): GoldQuestion[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.trim().startsWith("//"))
    .map((l) => JSON.parse(l) as GoldQuestion);
}

/** An answer's value counts only when it is a concise phrase (score.mjs's CONCISE). */
const CONCISE = 80;
const low = (s: unknown) => String(s ?? "").toLowerCase();

function matches(answer: AnswerValue, alternatives: readonly string[], snippet = false): boolean {
  const own = answer.value.length <= CONCISE ? [answer.normalized, answer.value] : [];
  const hay = [...own, ...(snippet ? answer.sources.map((s) => s.snippet) : [])].map(low);
  return alternatives.some((a) => hay.some((h) => h.includes(low(a))));
}

function cites(answer: AnswerValue, prefixes?: readonly string[]): boolean {
  return !prefixes?.length || answer.sources.some((s) => prefixes.some((p) => s.id === p || s.id.startsWith(`${p}_`)));
}

/** Why an answer fails its gold question; empty when it passes. */
export function failures(gold: GoldQuestion, answer: Answer): string[] {
  const e = gold.expect;
  const why: string[] = [];
  if (e.status === "not_found" && (answer.status !== "not_found" || answer.answers.length)) why.push(`status ${answer.status}, want not_found`);
  if (e.status === "passages" && (answer.status !== "passages" || answer.answers.length || !answer.passages?.length)) why.push(`status ${answer.status}, want passages`);
  if (e.status === "answered" && answer.status !== "answered" && answer.status !== "conflict") why.push(`status ${answer.status}, want an answer`);
  if (typeof e.conflict === "boolean" && e.conflict !== (answer.conflict === true)) why.push(e.conflict ? "missed the conflict" : "false conflict");
  for (const v of e.values ?? [])
    if (!answer.answers.some((a) => matches(a, v.any, v.snippet) && cites(a, v.sources))) why.push(`no answer ${JSON.stringify(v.any)}`);
  for (const a of answer.answers) if (e.forbid && matches(a, e.forbid)) why.push(`listed ${JSON.stringify(a.value)}, which does not answer it`);
  if (e.top && !(answer.answers[0] && matches(answer.answers[0], e.top))) why.push(`first answer ${JSON.stringify(answer.answers[0]?.value)}`);
  return why;
}
