/**
 * The in-memory sentence index: minisearch over every sentence, with its article's title as a
 * second field, plus how often each term occurs (minisearch keeps no per-term count we can read),
 * which the answer scorer uses to weigh rare words above common ones.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { CorpusDocument, SentenceRef } from "../types.js";
import { collectCompounds, normalizeTerm, tokenize, type Compounds } from "./terms.js";

interface IndexedSentence {
  id: number;
  text: string;
  title: string;
}

/** A sentence found for a query, with its minisearch score. */
export interface SentenceHit {
  sentence: SentenceRef;
  score: number;
  /** Query terms this sentence (or its title) matched, as the index spells them. */
  matched: string[];
}

/** minisearch options shared by building and loading a snapshot: they must be identical. */
export function indexOptions(compounds: Compounds, onTextTerm?: (term: string) => void) {
  return {
    fields: ["text", "title"],
    storeFields: [] as string[],
    tokenize: (text: string) => tokenize(text, compounds),
    processTerm: (token: string, field?: string) => {
      const term = normalizeTerm(token);
      if (term && field === "text") onTextTerm?.(term);
      return term;
    },
    searchOptions: { boost: { text: 2, title: 1 } },
  };
}

export class SentenceIndex {
  constructor(
    readonly sentences: readonly SentenceRef[],
    readonly compounds: Compounds,
    private readonly search: MiniSearch<IndexedSentence>,
    /** Occurrences of each term in sentence text. */
    readonly termFrequency: ReadonlyMap<string, number>,
  ) {}

  /** Builds the index of a corpus from its documents' text. */
  static build(documents: readonly CorpusDocument[]): SentenceIndex {
    const sentences: SentenceRef[] = [];
    for (const doc of documents)
      doc.sentences.forEach((text, position) => sentences.push({ id: sentences.length, docId: doc.id, position, text }));
    const compounds = collectCompounds(sentences.map((s) => s.text));
    const frequency = new Map<string, number>();
    const search = new MiniSearch<IndexedSentence>(
      indexOptions(compounds, (term) => frequency.set(term, (frequency.get(term) ?? 0) + 1)),
    );
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    search.addAll(sentences.map((s) => ({ id: s.id, text: s.text, title: titles.get(s.docId) ?? "" })));
    return new SentenceIndex(sentences, compounds, search, frequency);
  }

  /** Restores an index from `toJSON` output; `compounds` and frequencies come with it. */
  static fromJSON(
    json: string,
    sentences: readonly SentenceRef[],
    compounds: Compounds,
    termFrequency: ReadonlyMap<string, number>,
  ): SentenceIndex {
    const search = MiniSearch.loadJSON<IndexedSentence>(json, indexOptions(compounds));
    return new SentenceIndex(sentences, compounds, search, termFrequency);
  }

  toJSON(): unknown {
    return this.search.toJSON();
  }

  /** Inverse frequency of a term: large for rare terms, largest for terms the corpus lacks. */
  weight(term: string): number {
    const n = this.sentences.length || 1;
    return Math.log(1 + n / (1 + (this.termFrequency.get(term) ?? 0)));
  }

  /** True when some sentence holds the term. */
  has(term: string): boolean {
    return this.termFrequency.has(term);
  }

  /**
   * The index's spelling of a query term: itself when the index has it, otherwise the most
   * frequent term one edit away ("signd" → "sign"), or itself when there is none.
   */
  correct(term: string): string {
    if (this.has(term) || term.length < 4 || /^\d+$/.test(term)) return term;
    let best = term;
    let bestCount = 0;
    for (const r of this.search.search(term, { tokenize: (q) => [q], processTerm: (t) => t, fuzzy: 1, maxFuzzy: 1, prefix: false, fields: ["text"] }).slice(0, 50))
      for (const t of r.terms) {
        const n = this.termFrequency.get(t) ?? 0;
        if (n > bestCount) [best, bestCount] = [t, n];
      }
    return best;
  }

  /**
   * Finds the sentences that best match query terms (already normalized). A term that the index
   * lacks is looked up with one edit of tolerance, to recover typos ("signd" → "sign").
   */
  find(terms: readonly string[], limit: number): SentenceHit[] {
    if (terms.length === 0) return [];
    const results: SearchResult[] = this.search.search(terms.join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      fuzzy: (term) => (term.length >= 4 && !this.has(term) ? 1 : false),
      maxFuzzy: 1,
      prefix: false,
      combineWith: "OR",
    });
    const hits: SentenceHit[] = [];
    for (const r of results.slice(0, limit)) {
      const sentence = this.sentences[r.id as number];
      if (sentence) hits.push({ sentence, score: r.score, matched: r.terms });
    }
    return hits;
  }

  /** The bare minisearch search of a question, as minisearch does it alone: the benchmark's floor. */
  bareSearch(question: string): number {
    return this.search.search(question, { fuzzy: 0.2, maxFuzzy: 1 }).length;
  }
}
