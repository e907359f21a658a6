/**
 * The in-memory sentence index: minisearch over every sentence, with its article's title as a
 * boosted field, plus how often each term occurs (minisearch keeps no per-term count we can read),
 * which the answer scorer uses to weigh rare words above common ones.
 *
 * The title field lives in a second, document-level minisearch index (one entry per article) whose
 * score boosts every sentence of that article: repeating the title on each sentence cost 25% more
 * memory and start-up time on 15,000 articles for the same ranking.
 */
import MiniSearch, { type AsPlainObject, type SearchResult } from "minisearch";
import type { CorpusDocument, SentenceRef } from "../types.js";
import { collectCompounds, normalizeTerm, tokenize, type Compounds } from "./terms.js";
import { locationContext } from "../corpus/location.js";

interface IndexedSentence {
  id: number;
  text: string;
  /** The headings a sentence stands under (structured formats only), searched at a lower weight. */
  context?: string;
}

interface IndexedTitle {
  id: string;
  title: string;
}

/** A term in more than this share of the sentences (and at least COMMON_TERM_MIN) is too common to search by. */
const COMMON_TERM_SHARE = 0.02;
const COMMON_TERM_MIN = 1_000;

/** How much a title match weighs against a sentence match. */
const TITLE_BOOST = 0.5;
/** How much a match in a sentence's headings weighs against one in its own words: context, not statement. */
const CONTEXT_BOOST = 0.5;

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
    fields: ["text", "context"],
    storeFields: [] as string[],
    tokenize: (text: string) => tokenize(text, compounds),
    processTerm: (token: string, field?: string) => {
      const term = normalizeTerm(token);
      if (term && field === "text") onTextTerm?.(term);
      return term;
    },
    searchOptions: { boost: { context: CONTEXT_BOOST } },
  };
}

/** Options of the title index: one entry per document. */
function titleOptions(compounds: Compounds) {
  return {
    fields: ["title"],
    storeFields: [] as string[],
    tokenize: (text: string) => tokenize(text, compounds),
    processTerm: (token: string) => normalizeTerm(token),
  };
}

function buildTitles(documents: readonly { id: string; title: string }[], compounds: Compounds): MiniSearch<IndexedTitle> {
  const titles = new MiniSearch<IndexedTitle>(titleOptions(compounds));
  titles.addAll(documents.map((d) => ({ id: d.id, title: d.title })));
  return titles;
}

/** Both indexes as stored in a snapshot. */
interface StoredIndexes {
  sentences: AsPlainObject;
  titles: AsPlainObject;
}

export class SentenceIndex {
  constructor(
    readonly sentences: readonly SentenceRef[],
    readonly compounds: Compounds,
    private readonly search: MiniSearch<IndexedSentence>,
    private readonly titles: MiniSearch<IndexedTitle>,
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
    const byId = new Map(documents.map((d) => [d.id, d]));
    search.addAll(
      sentences.map((s) => {
        // Plain text has no headings: no context field at all, so it costs the index nothing.
        const context = locationContext(byId.get(s.docId)?.locations?.[s.position]);
        return context ? { id: s.id, text: s.text, context } : { id: s.id, text: s.text };
      }),
    );
    return new SentenceIndex(sentences, compounds, search, buildTitles(documents, compounds), frequency);
  }

  /** Restores an index from `toJSON` output; `compounds` and frequencies come with it. */
  static fromJSON(json: string, sentences: readonly SentenceRef[], compounds: Compounds, termFrequency: ReadonlyMap<string, number>): SentenceIndex {
    const stored = JSON.parse(json) as StoredIndexes;
    const search = MiniSearch.loadJS<IndexedSentence>(stored.sentences, indexOptions(compounds));
    const titles = MiniSearch.loadJS<IndexedTitle>(stored.titles, titleOptions(compounds));
    return new SentenceIndex(sentences, compounds, search, titles, termFrequency);
  }

  /** Both indexes, for a snapshot (titles too: rebuilding them took 0.3 s of every start). */
  toJSON(): StoredIndexes {
    return { sentences: this.search.toJSON(), titles: this.titles.toJSON() };
  }

  /** Inverse frequency of a term: large for rare terms, largest for terms the corpus lacks. */
  weight(term: string): number {
    const n = this.sentences.length || 1;
    return Math.log(1 + n / (1 + (this.termFrequency.get(term) ?? 0)));
  }

  private readonly holders = new Map<string, ReadonlySet<string>>();

  /**
   * The documents whose sentences or title hold a term (an index term, exactly). Cached per
   * term: it answers "does this document speak of X" without reading the document.
   */
  documentsWith(term: string): ReadonlySet<string> {
    let docs = this.holders.get(term);
    if (!docs) {
      const exact = { tokenize: (q: string) => [q], processTerm: (t: string) => t, fuzzy: false, prefix: false } as const;
      const found = new Set<string>();
      for (const r of this.search.search(term, exact)) found.add(this.sentences[r.id as number]!.docId);
      for (const r of this.titles.search(term, exact)) found.add(r.id as string);
      docs = found;
      if (this.holders.size >= 1_000) this.holders.delete(this.holders.keys().next().value as string);
      this.holders.set(term, docs);
    }
    return docs;
  }

  /** Up to `limit` sentences that hold an index term, exactly. */
  sentencesWith(term: string, limit: number): SentenceRef[] {
    const exact = { tokenize: (q: string) => [q], processTerm: (t: string) => t, fuzzy: false, prefix: false } as const;
    return this.search
      .search(term, exact)
      .slice(0, limit)
      .map((r) => this.sentences[r.id as number]!)
      .filter(Boolean);
  }

  /** True when some sentence holds the term. */
  has(term: string): boolean {
    return this.termFrequency.has(term);
  }

  /**
   * Other spellings the index holds of a name's term, one edit away (two for long names) and with
   * the same first letter: "sherbourn" finds "sherborn", "orrock" finds "orrick". Sources spell
   * the same place or person differently.
   */
  otherSpellings(term: string): string[] {
    if (term.length < 5 || /\d/.test(term)) return [];
    const edits = term.length >= 10 ? 2 : 1;
    const found = new Set<string>();
    for (const r of this.search.search(term, { tokenize: (q) => [q], processTerm: (t) => t, fuzzy: edits, maxFuzzy: edits, prefix: false, fields: ["text"] }))
      for (const t of r.terms) if (t !== term && t[0] === term[0]) found.add(t);
    return [...found].slice(0, 5);
  }

  /**
   * The index's spelling of a query term: itself when the index has it, otherwise the most
   * frequent term one edit away ("signd" → "sign"), or itself when there is none.
   */
  correct(term: string): string {
    if (this.has(term) || term.length < 4 || /^\d+$/.test(term)) return term;
    // Two letters swapped ("finalnd", "presdient") are two edits apart, but one slip of the hand.
    for (let i = 0; i + 1 < term.length; i++) {
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      const t = normalizeTerm(swapped);
      if (t && this.has(t)) return t;
    }
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
    // Words in a large share of all sentences ("said", "people") hardly change the ranking but
    // cost the most to score: they are left out of the search when rarer words remain (the
    // answer scorer still weighs them in the sentences found).
    const common = Math.max(COMMON_TERM_MIN, COMMON_TERM_SHARE * this.sentences.length);
    const selective = terms.filter((t) => (this.termFrequency.get(t) ?? 0) <= common);
    if (selective.length) terms = selective;
    const results: SearchResult[] = this.search.search(terms.join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      fuzzy: (term) => (term.length >= 4 && !this.has(term) ? 1 : false),
      maxFuzzy: 1,
      prefix: false,
      combineWith: "OR",
    });
    const titleScore = new Map<string, number>();
    for (const r of this.titles.search(terms.join(" "), { tokenize: (q) => q.split(" "), processTerm: (t) => t, prefix: false, combineWith: "OR" }))
      titleScore.set(r.id as string, r.score);
    const hits: SentenceHit[] = [];
    for (const r of results) {
      const sentence = this.sentences[r.id as number];
      if (sentence) hits.push({ sentence, score: r.score + TITLE_BOOST * (titleScore.get(sentence.docId) ?? 0), matched: r.terms });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** The bare minisearch search of a question, as minisearch does it alone: the benchmark's floor. */
  bareSearch(question: string): number {
    return this.search.search(question, { fuzzy: 0.2, maxFuzzy: 1 }).length;
  }
}
