/**
 * Groups the claims of a corpus into facts: claims of different sources whose anchors stand in
 * each other's sentences and whose signatures agree (a date with dates, a count of days with
 * counts of days). Each fact is grouped once, around its most connected claim, so that whichever
 * source states it first, the same fact is not listed twice.
 */
import type { AnswerType } from "../types.js";
import type { ClaimContext } from "./context.js";

/** A claim of a fact, with how closely it matches the fact's seed (1 for the seed itself). */
export interface FactMember {
  context: ClaimContext;
  score: number;
}

/** One fact: the claims of every source that states a value for it. */
export interface Fact {
  seed: ClaimContext;
  members: FactMember[];
}

export interface FactOptions {
  /** Least mean share of the two claims' anchor strength that the other's sentence holds. */
  minMatch: number;
  /** Least number of anchor words the two claims must share. */
  minShared: number;
  /** Anchor words more common than this are skipped when looking for candidates (speed). */
  maxPosting: number;
  /**
   * Least share of each claim's rare anchors (by strength) that the other's sentence must hold;
   * 0 to not ask. In a corpus of many stories the rare words tell one entity from its namesakes
   * ("Inner Sanctum (1948 film)" vs "(1991 film)").
   */
  rareCover: number;
  /** Stop looking for more matches after this many milliseconds (the report is then partial). */
  budgetMs: number;
}

export const DEFAULT_FACT_OPTIONS: FactOptions = { minMatch: 0.3, minShared: 2, maxPosting: 4000, rareCover: 0, budgetMs: 20_000 };

/** Names need a closer match: a sentence names many entities around the same words. */
const NAME_FACTOR = 1.8;

export const isName = (type: AnswerType) => type === "person" || type === "organization" || type === "place";

/** Neither claim's anchors may be held less than this by the other's sentence. */
const MIN_COVER = 0.15;
/** Verbs that all date a document: a memo "dated", "signed" or "issued" on a day is one fact. */
const DATING_VERBS: ReadonlySet<string> = new Set(["date", "sign", "issu"]);

/** Two claims governed by different verbs, neither near the other's value, state different relations. */
function differentRelations(a: ClaimContext, b: ClaimContext): boolean {
  if (!a.verb || !b.verb || a.verb === b.verb) return false;
  if (DATING_VERBS.has(a.verb) && DATING_VERBS.has(b.verb)) return false;
  return !b.anchors.has(a.verb) && !a.anchors.has(b.verb);
}

/** Share of `a`'s anchor strength (of its rare anchors only, if asked) whose words stand in `b`'s sentence, and how many words. */
function cover(a: ClaimContext, b: ClaimContext, rareOnly = false): { share: number; words: number } {
  let held = 0;
  let total = 0;
  let words = 0;
  for (const [term, strength] of a.anchors) {
    if (rareOnly && !a.rare.has(term)) continue;
    total += strength;
    if (b.terms.has(term)) {
      held += strength;
      words++;
    }
  }
  return { share: total ? held / total : 0, words };
}

/** How well two claims are about the same fact (0 when they are not), symmetric. */
export function matchScore(a: ClaimContext, b: ClaimContext, options: FactOptions = DEFAULT_FACT_OPTIONS): number {
  if (a.signature !== b.signature || differentRelations(a, b)) return 0;
  const ab = cover(a, b);
  const ba = cover(b, a);
  // The two must share a word that names their subject, not only "township" and "organized".
  if (![...a.rare].some((t) => b.terms.has(t)) && ![...b.rare].some((t) => a.terms.has(t))) return 0;
  if (options.rareCover && Math.min(cover(a, b, true).share, cover(b, a, true).share) < options.rareCover) return 0;
  if (ab.words < options.minShared || ba.words < options.minShared || Math.min(ab.share, ba.share) < MIN_COVER) return 0;
  const score = (ab.share + ba.share) / 2;
  return score >= options.minMatch * (isName(a.claim.type) ? NAME_FACTOR : 1) ? score : 0;
}

export interface FactSearch {
  facts: Fact[];
  /** True when the time budget ran out before every claim was compared. */
  partial: boolean;
}

/** Finds the facts that at least two sources state a value for. */
export function findFacts(contexts: readonly ClaimContext[], options: FactOptions = DEFAULT_FACT_OPTIONS): FactSearch {
  const started = performance.now();
  // Anchor word → claims holding it, per signature: candidates share at least one anchor.
  const postings = new Map<string, number[]>();
  for (const c of contexts)
    for (const term of c.anchors.keys()) {
      const key = `${c.signature}\u0000${term}`;
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(c.id);
    }

  const neighbours: { id: number; score: number }[][] = contexts.map(() => []);
  let partial = false;
  for (const a of contexts) {
    if (performance.now() - started > options.budgetMs) {
      partial = true;
      break;
    }
    const hits = new Set<number>();
    for (const term of a.anchors.keys()) {
      const list = postings.get(`${a.signature}\u0000${term}`)!;
      if (list.length > options.maxPosting) continue;
      for (const id of list) if (id > a.id) hits.add(id);
    }
    for (const id of hits) {
      const b = contexts[id]!;
      if (b.sentence.docId === a.sentence.docId) continue;
      const score = matchScore(a, b, options);
      if (score > 0) {
        neighbours[a.id]!.push({ id, score });
        neighbours[id]!.push({ id: a.id, score });
      }
    }
  }

  // Seeds in order of how many other sources they connect to: the fact's clearest statement.
  const reach = (id: number) => new Set(neighbours[id]!.map((n) => contexts[n.id]!.sentence.docId)).size;
  const order = contexts.map((c) => c.id).filter((id) => neighbours[id]!.length > 0);
  const reachOf = new Map(order.map((id) => [id, reach(id)]));
  const strength = (id: number) => neighbours[id]!.reduce((s, n) => s + n.score, 0);
  order.sort((x, y) => reachOf.get(y)! - reachOf.get(x)! || strength(y) - strength(x) || x - y);

  const taken = new Set<number>();
  const facts: Fact[] = [];
  for (const id of order) {
    if (taken.has(id)) continue;
    const members: FactMember[] = [{ context: contexts[id]!, score: 1 }];
    for (const n of neighbours[id]!) if (!taken.has(n.id)) members.push({ context: contexts[n.id]!, score: n.score });
    if (new Set(members.map((m) => m.context.sentence.docId)).size < 2) continue;
    for (const m of members) taken.add(m.context.id);
    facts.push({ seed: contexts[id]!, members });
  }
  return { facts, partial };
}
