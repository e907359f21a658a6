/**
 * The in-memory sentence index: minisearch over every sentence, with its article's title as a
 * boosted field, plus the vocabulary: how often each term occurs (minisearch keeps no per-term
 * count we can read), which the answer scorer uses to weigh rare words above common ones, and
 * which documents hold it.
 *
 * The title field lives in a second, document-level minisearch index (one entry per article) whose
 * score boosts every sentence of that article: repeating the title on each sentence cost 25% more
 * memory and start-up time on 15,000 articles for the same ranking.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { CorpusDocument, SentenceRef } from "../types.js";
import { sentenceTable } from "../corpus/layout.js";
import { collectCompounds, normalizeTerm, tokenize, withWordCache, type Compounds } from "./terms.js";
import { IndexBuilder, MAX_EXACT_TERMS, packIndex, PackedSearch, termsOfMask, topEntries, type PackedIndex } from "./packed.js";
import { Vocabulary, type PackedVocabulary } from "./vocabulary.js";
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
export function indexOptions(compounds: Compounds) {
  // minisearch normalizes each token of a field right after tokenizing it: the terms the tokenizer
  // already computed (for compounds) are handed over in order, which halves the word lookups of
  // a build (2.5 million tokens on 15,444 articles). A token out of step is normalized afresh.
  let last: { tokens: string[]; terms: (string | null | undefined)[]; at: number } | undefined;
  return {
    fields: ["text", "context"],
    storeFields: [] as string[],
    tokenize: (text: string) => {
      const terms: (string | null | undefined)[] = [];
      const tokens = tokenize(text, compounds, terms);
      last = { tokens, terms, at: 0 };
      return tokens;
    },
    processTerm: (token: string) => {
      if (last && last.tokens[last.at] === token) {
        const term = last.terms[last.at++];
        if (term !== undefined) return term;
      }
      return normalizeTerm(token);
    },
    searchOptions: { boost: { context: CONTEXT_BOOST } },
  };
}

/** Options of the title index: one entry per document. */
function titleOptions(compounds: Compounds) {
  return { ...indexOptions(compounds), fields: ["title"], searchOptions: {} };
}

/** A packed index whose terms are given by their numbers in the vocabulary (each term string is stored once). */
type StoredIndex = Omit<PackedIndex, "terms"> & { termIds: Uint32Array };

/** The index as a snapshot stores it: both minisearch indexes packed, the vocabulary, the compounds. */
export interface PackedSentenceIndex {
  sentences: StoredIndex;
  titles: StoredIndex;
  vocabulary: PackedVocabulary;
  compounds: [string, string][];
}

function storeIndex(packed: PackedIndex, vocabulary: Vocabulary): StoredIndex {
  const { terms, ...rest } = packed;
  return {
    ...rest,
    termIds: Uint32Array.from(terms, (t) => {
      const id = vocabulary.id(t);
      if (id === undefined) throw new Error(`the vocabulary lacks the indexed term "${t}"`);
      return id;
    }),
  };
}

/** The stored index with its terms spelled out. */
function restoreIndex(stored: StoredIndex, vocabulary: Vocabulary): PackedIndex {
  const { termIds, ...rest } = stored;
  const terms = Array.from(termIds, (id) => {
    const term = vocabulary.terms[id];
    if (term === undefined) throw new Error("an indexed term is not in the vocabulary");
    return term;
  });
  return { ...rest, terms };
}

export class SentenceIndex {
  /** Occurrences of each term in sentence text. */
  readonly termFrequency: ReadonlyMap<string, number>;
  /** Each document's number: its position in the corpus's list, as the vocabulary counts them. */
  private readonly documentNumber: ReadonlyMap<string, number>;
  /** Each document's id by its number (the title index's short id). */
  private readonly documentIds: readonly string[];

  private constructor(
    readonly sentences: readonly SentenceRef[],
    readonly compounds: Compounds,
    private readonly search: PackedSearch<IndexedSentence>,
    private readonly titles: PackedSearch<IndexedTitle>,
    /** The terms: frequencies, which documents hold them, their numbers. */
    readonly vocabulary: Vocabulary,
    documents: readonly { id: string }[],
  ) {
    this.termFrequency = vocabulary.frequencies();
    this.documentNumber = new Map(documents.map((d, i) => [d.id, i]));
    this.documentIds = documents.map((d) => d.id);
  }

  /**
   * Builds the index of a corpus from its documents' text. `sentences` is their sentence table
   * (documents in order, then positions), made from the documents when not given.
   */
  static build(documents: readonly CorpusDocument[], sentences: readonly SentenceRef[] = sentenceTable(documents)): SentenceIndex {
    return withWordCache(() => {
      const compounds = collectCompounds(sentences.map((s) => s.text));
      const search = new IndexBuilder<IndexedSentence>(indexOptions(compounds));
      const titles = new IndexBuilder<IndexedTitle>(titleOptions(compounds));
      const documentOf = new Uint32Array(sentences.length);
      let next = 0;
      documents.forEach((d, doc) => {
        const own: IndexedSentence[] = [];
        const locations = d.locations;
        for (; next < sentences.length && sentences[next]!.docId === d.id; next++) {
          const s = sentences[next]!;
          documentOf[next] = doc;
          // Plain text has no headings: no context field at all, so it costs the index nothing.
          const context = locationContext(locations?.[s.position]);
          own.push(context ? { id: s.id, text: s.text, context } : { id: s.id, text: s.text });
        }
        search.addAll(own);
        titles.add({ id: d.id, title: d.title });
      });
      if (next !== sentences.length) throw new Error("the sentence table does not follow the documents");
      // Searched from typed arrays, as after a start from the snapshot: the same index either way,
      // and a tenth of the memory (see packed.ts).
      const packedSentences = search.pack();
      const packedTitles = titles.pack();
      const words = Vocabulary.fromIndexes(packedSentences, packedTitles, (sentence) => documentOf[sentence]!);
      const packed = { sentences: storeIndex(packedSentences, words), titles: storeIndex(packedTitles, words), vocabulary: words.pack(), compounds: [...compounds] };
      return SentenceIndex.unpack(packed, documents, sentences);
    });
  }

  /** Restores an index from `pack()`, over the same documents and sentence table. */
  static unpack(packed: PackedSentenceIndex, documents: readonly { id: string }[], sentences: readonly SentenceRef[]): SentenceIndex {
    if (packed.sentences.documentCount !== sentences.length || packed.titles.documentCount !== documents.length)
      throw new Error("the index does not cover the corpus");
    const compounds = new Map(packed.compounds);
    const vocabulary = Vocabulary.unpack(packed.vocabulary);
    // Sentences were added in order (short id = sentence number), titles too (short id = document number).
    const numbers = new Map(documents.map((d, i) => [d.id, i]));
    const search = PackedSearch.open<IndexedSentence>(restoreIndex(packed.sentences, vocabulary), indexOptions(compounds), (shortId) => shortId, (id) =>
      typeof id === "number" && Number.isInteger(id) && id >= 0 && id < sentences.length ? id : undefined,
    );
    const titles = PackedSearch.open<IndexedTitle>(restoreIndex(packed.titles, vocabulary), titleOptions(compounds), (shortId) => documents[shortId]?.id, (id) => numbers.get(id as string));
    return new SentenceIndex(sentences, compounds, search, titles, vocabulary, documents);
  }

  /** What a snapshot stores of the index (titles too: rebuilding them took 0.3 s of every start). */
  pack(): PackedSentenceIndex {
    return {
      sentences: storeIndex(packIndex(this.search), this.vocabulary),
      titles: storeIndex(packIndex(this.titles), this.vocabulary),
      vocabulary: this.vocabulary.pack(),
      compounds: [...this.compounds],
    };
  }

  /** Inverse frequency of a term: large for rare terms, largest for terms the corpus lacks. */
  weight(term: string): number {
    const n = this.sentences.length || 1;
    return Math.log(1 + n / (1 + this.vocabulary.frequency(term)));
  }

  /** The share of the corpus's documents whose sentences or title hold a term. */
  documentShare(term: string): number {
    return this.documentIds.length ? this.vocabulary.holderCount(term) / this.documentIds.length : 0;
  }

  /** How many documents the corpus has. */
  get documentCount(): number {
    return this.documentIds.length;
  }

  /** True when a document's sentences or title hold a term (an index term, exactly). */
  documentHas(docId: string, term: string): boolean {
    const doc = this.documentNumber.get(docId);
    return doc !== undefined && this.vocabulary.holds(term, doc);
  }

  /** Title scores of a search by document number: zero but while `find` fills them. */
  private titleScratch?: Float64Array;
  private documentOf?: Uint32Array;

  /** Each sentence's document number, made on the first search (not at every start). */
  private documentOfSentence(): Uint32Array {
    if (!this.documentOf) {
      const documentOf = new Uint32Array(this.sentences.length);
      let doc = 0;
      // Sentences follow their documents in order.
      for (let i = 0; i < documentOf.length; i++) {
        while (this.documentIds[doc] !== this.sentences[i]!.docId && doc < this.documentIds.length) doc++;
        documentOf[i] = doc;
      }
      if (doc >= this.documentIds.length) throw new Error("the sentence table does not follow the documents");
      this.documentOf = documentOf;
    }
    return this.documentOf;
  }

  /** Up to `limit` sentences that hold an index term, exactly. */
  sentencesWith(term: string, limit: number): SentenceRef[] {
    return this.search
      .searchExact([term], undefined, limit)
      .map((r) => this.sentences[r.shortId]!)
      .filter(Boolean);
  }

  /** True when some sentence holds the term. */
  has(term: string): boolean {
    return this.vocabulary.frequency(term) > 0;
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
      // (Swapping a double letter gives the term again, which stemming would shorten: "commite" → "commit".)
      if (term[i] === term[i + 1]) continue;
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      const t = normalizeTerm(swapped);
      if (t && this.has(t)) return t;
    }
    // A letter left out is the commonest slip ("commitee" for "committee"), and a stem one letter
    // shorter is often another word's ("commit"): a term restoring a letter wins over one dropping
    // it, the most frequent among equals.
    const rank = (t: string) => (t.length >= term.length ? 1 : 0);
    let best = term;
    let bestCount = 0;
    let bestRank = -1;
    for (const r of this.search.search(term, { tokenize: (q) => [q], processTerm: (t) => t, fuzzy: 1, maxFuzzy: 1, prefix: false, fields: ["text"] }).slice(0, 50))
      for (const t of r.terms) {
        const n = this.vocabulary.frequency(t);
        if (rank(t) > bestRank || (rank(t) === bestRank && n > bestCount)) [best, bestCount, bestRank] = [t, n, rank(t)];
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
    const selective = terms.filter((t) => this.vocabulary.frequency(t) <= common);
    if (selective.length) terms = selective;
    const fuzzy = (term: string) => term.length >= 4 && !this.has(term);
    const query = terms.join(" ").split(" ");
    // Fuzzy matching walks the term tree and only minisearch does it; a search of terms the index
    // holds (nearly every question) is scored straight from the postings, with the same results,
    // and only the best `limit` of them are made into hits.
    if (new Set(query).size <= MAX_EXACT_TERMS && !query.some(fuzzy)) {
      const titles = this.titles.scoreExact(query);
      const titleScore = (this.titleScratch ??= new Float64Array(this.documentIds.length));
      for (let i = 0; i < titles.ids.length; i++) titleScore[titles.ids[i]!] = titles.scores[i]!;
      const found = this.search.scoreExact(query);
      const documentOf = this.documentOfSentence();
      const final = new Float64Array(found.ids.length);
      for (let i = 0; i < final.length; i++) final[i] = found.scores[i]! + TITLE_BOOST * titleScore[documentOf[found.ids[i]!]!]!;
      for (let i = 0; i < titles.ids.length; i++) titleScore[titles.ids[i]!] = 0;
      return topEntries(final, found.scores, limit)
        .filter((i) => this.sentences[found.ids[i]!])
        .map((i) => ({ sentence: this.sentences[found.ids[i]!]!, score: final[i]!, matched: termsOfMask(found, i) }));
    }
    const titleScore = new Map<string, number>();
    for (const r of this.titles.search(terms.join(" "), { tokenize: (q) => q.split(" "), processTerm: (t) => t, prefix: false, combineWith: "OR" })) titleScore.set(r.id as string, r.score);
    const results = this.search.search(terms.join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      fuzzy: (term) => (fuzzy(term) ? 1 : false),
      maxFuzzy: 1,
      prefix: false,
      combineWith: "OR",
    });
    const hits: SentenceHit[] = [];
    for (const r of results) {
      const sentence = this.sentences[r.id as number];
      if (sentence) hits.push({ sentence, score: r.score + TITLE_BOOST * (titleScore.get(sentence.docId) ?? 0), matched: r.terms });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
