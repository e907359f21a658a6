/**
 * How rare a question's words are, and whether they are used at all, among the sentences that
 * judge a sentence: the whole corpus, or in an archive of unrelated stories the documents of the
 * sentence's own story (see stories.ts). Corpus-wide rarity finds the documents; within a story
 * the subject every report repeats ("memo") says little about which sentence states the asked
 * relation, and a relation word only other stories use ("newspaper") is one the story never says.
 * Measured among the story's documents, these features have the scale the confidence model was
 * fitted at (corpora of one subject or a few hundred passages), whatever else the archive holds.
 */
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
 * The rarity of terms among `sentences` sentences holding them `counts` times (a term not
 * counted is used nowhere), by the index's own formula (SentenceIndex.weight: occurrences in
 * sentence text), so that over a whole corpus it gives the index's weights.
 */
export function rarityAmong(sentences: number, counts: ReadonlyMap<string, number>): Rarity {
  const total = sentences || 1;
  return {
    weight: (term) => Math.log(1 + total / (1 + (counts.get(term) ?? 0))),
    has: (term) => (counts.get(term) ?? 0) > 0,
  };
}
