/**
 * The index's terms with what the answer code asks of each besides a search: how often it occurs
 * in sentence text (rare words weigh more), and which documents hold it in a sentence or in the
 * title ("does this document speak of X"). Numbers live in typed arrays: 60,000 terms and a
 * million (term, document) pairs on 15,000 articles take about 5 MB, where a Set of document ids
 * per term took 100 MB once a bot had been asked about a thousand words.
 */

export interface PackedVocabulary {
  terms: string[];
  /** Occurrences in sentence text; 0 for a term only titles hold. */
  frequency: Uint32Array;
  /** Documents holding each term. */
  holderCounts: Uint32Array;
  /** Their numbers (positions in the corpus's document list), term after term, ascending. */
  holders: Uint32Array;
}

/** Collects terms while a corpus is indexed, document by document. */
export class VocabularyBuilder {
  private readonly ids = new Map<string, number>();
  private readonly frequency: number[] = [];
  private readonly holders: number[][] = [];

  /**
   * Notes one occurrence of a term in a sentence (`inText`) or the title of document number
   * `doc`. Documents are noted in order, each one's sentences and title before the next.
   */
  note(term: string, doc: number, inText: boolean): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      this.ids.set(term, (id = this.frequency.length));
      this.frequency.push(0);
      this.holders.push([]);
    }
    if (inText) this.frequency[id]!++;
    const docs = this.holders[id]!;
    const last = docs[docs.length - 1];
    if (last === undefined || last < doc) docs.push(doc);
    else if (last > doc) throw new Error("documents must be noted in order");
  }

  build(): Vocabulary {
    const total = this.holders.reduce((n, h) => n + h.length, 0);
    const holders = new Uint32Array(total);
    let at = 0;
    for (const h of this.holders) {
      holders.set(h, at);
      at += h.length;
    }
    return Vocabulary.unpack({
      terms: [...this.ids.keys()],
      frequency: Uint32Array.from(this.frequency),
      holderCounts: Uint32Array.from(this.holders, (h) => h.length),
      holders,
    });
  }
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
