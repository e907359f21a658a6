/**
 * The index's terms with what the answer code asks of each besides a search: how often it occurs
 * in sentence text (rare words weigh more), and which documents hold it in a sentence or in the
 * title ("does this document speak of X"). Numbers live in typed arrays: 60,000 terms and a
 * million (term, document) pairs on 15,000 articles take about 5 MB, where a Set of document ids
 * per term took 100 MB once a bot had been asked about a thousand words.
 */
import { fieldCount, type PackedIndex } from "./packed.js";

export interface PackedVocabulary {
  terms: string[];
  /** Occurrences in sentence text; 0 for a term only titles hold. */
  frequency: Uint32Array;
  /** Documents holding each term. */
  holderCounts: Uint32Array;
  /** Their numbers (positions in the corpus's document list), term after term, ascending. */
  holders: Uint32Array;
}

export class Vocabulary {
  private constructor(
    /** Every term, by its number. */
    readonly terms: readonly string[],
    private readonly ids: ReadonlyMap<string, number>,
    private readonly counts: Uint32Array,
    /** Where each term's documents start in `holders`; one more entry than terms. */
    private readonly holderStart: Uint32Array,
    private readonly holders: Uint32Array,
  ) {}

  /**
   * The vocabulary of a corpus from its packed indexes: a term's frequency is the sum of its
   * postings' frequencies in the sentence index's `text` field (a sentence's own words, not the
   * headings above it), its holders the documents of the sentences holding it in any field and
   * of the titles holding it. `documentOf` gives a sentence's document number.
   */
  static fromIndexes(sentences: PackedIndex, titles: PackedIndex, documentOf: (sentence: number) => number): Vocabulary {
    const fields = fieldCount(sentences);
    const textField = sentences.fieldIds.text;
    if (fieldCount(titles) !== 1 || textField === undefined) throw new Error("unexpected index fields");
    const titleTerm = new Map(titles.terms.map((t, i) => [t, i]));
    const titleStart = new Uint32Array(titles.terms.length + 1);
    for (let i = 0; i < titles.terms.length; i++) titleStart[i + 1] = titleStart[i]! + titles.counts[i]!;
    const inText = new Set(sentences.terms);
    const terms = [...sentences.terms, ...titles.terms.filter((t) => !inText.has(t))];
    const frequency = new Uint32Array(terms.length);
    const holderCounts = new Uint32Array(terms.length);
    const holders: number[] = [];
    let at = 0;
    terms.forEach((term, i) => {
      const docs: number[] = [];
      let sorted = true;
      if (i < sentences.terms.length) {
        for (let f = 0; f < fields; f++) {
          const end = at + sentences.counts[i * fields + f]!;
          if (f > 0 && at < end) sorted = false;
          for (; at < end; at++) {
            if (f === textField) frequency[i]! += sentences.freqs[at]!;
            const doc = documentOf(sentences.ids[at]!);
            // Sentence numbers ascend within a field, so their documents do.
            if (docs[docs.length - 1] !== doc) docs.push(doc);
          }
        }
      }
      const t = titleTerm.get(term);
      if (t !== undefined) {
        for (let p = titleStart[t]!; p < titleStart[t + 1]!; p++) docs.push(titles.ids[p]!);
        sorted = false;
      }
      if (!sorted) docs.sort((a, b) => a - b);
      let count = 0;
      for (let k = 0; k < docs.length; k++) if (k === 0 || docs[k] !== docs[k - 1]) (holders.push(docs[k]!), count++);
      holderCounts[i] = count;
    });
    return Vocabulary.unpack({ terms, frequency, holderCounts, holders: Uint32Array.from(holders) });
  }

  static unpack(packed: PackedVocabulary): Vocabulary {
    const { terms, frequency, holderCounts, holders } = packed;
    if (frequency.length !== terms.length || holderCounts.length !== terms.length) throw new Error("vocabulary tables differ in length");
    const start = new Uint32Array(terms.length + 1);
    for (let i = 0; i < terms.length; i++) start[i + 1] = start[i]! + holderCounts[i]!;
    if (start[terms.length] !== holders.length) throw new Error("holder table does not fit");
    return new Vocabulary(terms, new Map(terms.map((t, i) => [t, i])), frequency, start, holders);
  }

  pack(): PackedVocabulary {
    const holderCounts = new Uint32Array(this.counts.length);
    for (let i = 0; i < holderCounts.length; i++) holderCounts[i] = this.holderStart[i + 1]! - this.holderStart[i]!;
    return { terms: [...this.terms], frequency: this.counts, holderCounts, holders: this.holders };
  }

  /** A term's number, if the corpus has it. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Occurrences of a term in sentence text (0 when no sentence holds it). */
  frequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.counts[id]!;
  }

  /** How many documents hold the term in a sentence or the title. */
  holderCount(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.holderStart[id + 1]! - this.holderStart[id]!;
  }

  /** True when document number `doc` holds the term in a sentence or its title. */
  holds(term: string, doc: number): boolean {
    const id = this.ids.get(term);
    if (id === undefined) return false;
    let lo = this.holderStart[id]!;
    let hi = this.holderStart[id + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.holders[mid]!;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** Occurrences by term, for the terms sentence text holds: a read-only Map view. */
  frequencies(): ReadonlyMap<string, number> {
    return new FrequencyView(this.ids, this.counts);
  }
}

/** `ReadonlyMap` over the vocabulary, without a second Map of 60,000 entries. */
class FrequencyView implements ReadonlyMap<string, number> {
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly counts: Uint32Array,
  ) {}

  get(term: string): number | undefined {
    const id = this.ids.get(term);
    return id === undefined || this.counts[id] === 0 ? undefined : this.counts[id];
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  get size(): number {
    let n = 0;
    for (const c of this.counts) if (c > 0) n++;
    return n;
  }

  *entries(): MapIterator<[string, number]> {
    for (const [term, id] of this.ids) if (this.counts[id]! > 0) yield [term, this.counts[id]!];
  }

  *keys(): MapIterator<string> {
    for (const [term] of this.entries()) yield term;
  }

  *values(): MapIterator<number> {
    for (const [, n] of this.entries()) yield n;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}
