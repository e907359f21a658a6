/**
 * How rare a question's words are, and whether they are used at all, among the sentences that
 * judge a sentence: the whole corpus, or in an archive of unrelated stories the documents of the
 * sentence's own story (see stories.ts). Corpus-wide rarity finds the documents; within a story
 * the subject every report repeats ("memo") says little about which sentence states the asked
 * relation, and a relation word only other stories use ("newspaper") is one the story never says.
 * Measured among the story's documents, these features have the scale the confidence model was
 * fitted at (corpora of one subject or a few hundred passages), whatever else the archive holds.
 */
import type { SentenceRef } from "../types.js";

export interface Rarity {
  /** Inverse frequency: large for rare terms, largest for terms never used. */
  weight(term: string): number;
  /** True when some sentence holds the term. */
  has(term: string): boolean;
}

/** The share, weighted by rarity, of `terms` for which `holds` is true (1 when there are none). */
export function weightedShare(rarity: Rarity, terms: readonly string[], holds: (t: string) => boolean): number {
  let total = 0;
  let held = 0;
  for (const t of terms) {
    const w = rarity.weight(t);
    total += w;
    if (holds(t)) held += w;
  }
  return total ? held / total : 1;
}

/**
 * The rarity of the `asked` terms among some sentences, by the index's own formula
 * (SentenceIndex.weight: occurrences in sentence text), so that over a whole corpus it gives the
 * index's weights.
 */
export function rarityAmong(sentences: Iterable<SentenceRef>, termsOf: (s: SentenceRef) => readonly { term: string }[], asked: ReadonlySet<string>): Rarity {
  const counts = new Map<string, number>();
  let n = 0;
  for (const s of sentences) {
    n++;
    for (const { term } of termsOf(s)) if (asked.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const total = n || 1;
  return {
    weight: (term) => Math.log(1 + total / (1 + (counts.get(term) ?? 0))),
    has: (term) => (counts.get(term) ?? 0) > 0,
  };
}
