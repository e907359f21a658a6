/**
 * Gold question sets for training and evaluation: where they are, how they are split, and when
 * a value matches an expected one (as ../shared/eval/score.mjs counts it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";

export interface GoldValue {
  any: string[];
  sources?: string[];
}

export interface Gold {
  q: string;
  cat?: string;
  expect: {
    status?: "answered" | "not_found" | "passages";
    conflict?: boolean | null;
    values?: GoldValue[];
    top?: string[];
    forbid?: string[];
  };
}

/** A gold file and the corpus its questions are asked over. */
export interface GoldSet {
  name: string;
  gold: string;
  corpus: string;
  /** What the set is for: fitting the model, or only measuring it. */
  role: "fit" | "heldout";
}

export const ROOT = resolve(import.meta.dirname, "../..");
const SHARED = resolve(ROOT, "../shared");

export function readGold(path: string): Gold[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.trim().startsWith("//"))
    .map((l) => JSON.parse(l) as Gold);
}

/** An answer's value matches an expected one: a concise value or its normalized form contains it (score.mjs's rule). */
export function matches(value: { value: string; normalized: string }, alternatives: readonly string[]): boolean {
  const own = value.value.length <= 80 ? [value.normalized, value.value].map((s) => s.toLowerCase()) : [];
  return alternatives.some((a) => own.some((h) => h.includes(a.toLowerCase())));
}

/**
 * The value matches a value the gold expects, as a training label: like `matches`, but an
 * expected value with digits must stand whole ("4" is not in "14", "2025-12" is in
 * "2025-12-02"), so that a wrong number is never taught as right by chance. Words match as
 * score.mjs matches them ("korea" in "Korean Peninsula").
 */
export function isRight(value: { value: string; normalized: string }, gold: Gold): boolean {
  const alts = [...(gold.expect.values ?? []).map((v) => v.any), ...(gold.expect.top ? [gold.expect.top] : [])];
  const own = value.value.length <= 80 ? [value.normalized, value.value].map((s) => s.toLowerCase()) : [];
  // A number stands whole when no digit continues it on either side ("42" in "£42m", not in "1420").
  const whole = (hay: string, needle: string) => {
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      const before = hay.slice(Math.max(0, at - 2), at);
      const after = hay.slice(at + needle.length, at + needle.length + 2);
      if (!/\d$|\d[.,]$/.test(before) && !/^\d|^[.,]\d/.test(after)) return true;
    }
    return false;
  };
  return alts.some((any) => any.some((a) => own.some((h) => (/\d/.test(a) ? whole(h, a.toLowerCase()) : h.includes(a.toLowerCase())))));
}

/** A deterministic shuffle (mulberry32), so the RAMDocs split is the same on every machine. */
function shuffled(n: number, seed: number): number[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The split of RAMDocs's 500 questions by question id: half to fit on, half held out. */
export const RAMDOCS_SPLIT_SEED = 20261128;

/**
 * Builds RAMDocs (corpus and gold) with ../shared/eval/ramdocs.mjs once, and writes its two
 * halves as gold files: `gold-fit.jsonl` and `gold-heldout.jsonl`.
 */
export function ramdocs(dir = process.env.RAMDOCS_DIR ?? join(tmpdir(), "crosscheck-ramdocs")): { dir: string; corpus: string; fit: string; heldout: string; all: string } {
  const all = join(dir, "gold.jsonl");
  if (!existsSync(all)) {
    const run = spawnSync("node", [join(SHARED, "eval/ramdocs.mjs"), dir], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`could not build RAMDocs: ${run.stderr}`);
  }
  const lines = readFileSync(all, "utf8").split("\n").filter(Boolean);
  const order = shuffled(lines.length, RAMDOCS_SPLIT_SEED);
  const fitIds = new Set(order.slice(0, Math.floor(lines.length / 2)));
  const fit = join(dir, "gold-fit.jsonl");
  const heldout = join(dir, "gold-heldout.jsonl");
  writeFileSync(fit, lines.filter((_, i) => fitIds.has(i)).join("\n") + "\n");
  writeFileSync(heldout, lines.filter((_, i) => !fitIds.has(i)).join("\n") + "\n");
  return { dir, corpus: join(dir, "corpus"), fit, heldout, all };
}

/**
 * Every gold set: the project's own (eval/NAME/gold.jsonl over eval/NAME/corpus, or over seeds/
 * when the set has no corpus), the shared seeds questions, and RAMDocs's halves. Sets whose name
 * starts with "holdout" are never fitted on.
 */
export function goldSets(): GoldSet[] {
  const rd = ramdocs();
  const sets: GoldSet[] = [
    { name: "seeds-dev", gold: join(SHARED, "eval/seeds-dev.jsonl"), corpus: join(ROOT, "seeds"), role: "fit" },
    { name: "ramdocs-fit", gold: rd.fit, corpus: rd.corpus, role: "fit" },
    { name: "ramdocs-heldout", gold: rd.heldout, corpus: rd.corpus, role: "heldout" },
  ];
  const own = join(ROOT, "eval");
  for (const name of existsSync(own) ? readdirSync(own).sort() : []) {
    const gold = join(own, name, "gold.jsonl");
    if (!existsSync(gold)) continue;
    const corpus = existsSync(join(own, name, "corpus")) ? join(own, name, "corpus") : join(ROOT, "seeds");
    sets.push({ name, gold, corpus, role: name.startsWith("holdout") ? "heldout" : "fit" });
  }
  return sets;
}
