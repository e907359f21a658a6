/**
 * A minisearch index kept in typed arrays: its terms once, and per term and field the entries
 * holding it (short ids, ascending) with their frequencies. minisearch searches it as it is.
 *
 * Why not `MiniSearch.loadJS`: it turns every posting into a Map entry. On 15,444 articles that is
 * 1.4 million entries in 110,000 Maps, about 100 MB of heap, built in 1.5 to 2 s of every start,
 * most of it garbage collection (measured; feeding loadJS from typed arrays instead of JSON saved
 * the parse, not the Maps). Here the postings stay in 7 MB of typed arrays, and the index is
 * a `MiniSearch` subclass that sets minisearch's protected storage fields to read-only views of
 * them: minisearch's own code still does every search, scoring and fuzzy match, over a radix tree
 * of the terms it builds from the term list. Only what a search reads is provided; the views
 * refuse writes, and the index is never added to (a changed corpus is indexed anew).
 */
import MiniSearch, { type Options } from "minisearch";

export interface PackedIndex {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  averageFieldLength: number[];
  fieldIds: { [field: string]: number };
  /** Terms, in code unit order. */
  terms: string[];
  /** Entries holding each term in each field: `counts[term * fields + fieldId]`. */
  counts: Uint32Array;
  /** Short ids of those entries, term after term and field after field, ascending within one. */
  ids: Uint32Array;
  /** How often the term occurs in each of them. */
  freqs: Uint8Array | Uint16Array | Uint32Array;
  /** Short id of every entry, ascending, and its field lengths: `fieldLengths[shortId * fields + fieldId]` (0 for a field it lacks). */
  shortIds: Uint32Array;
  fieldLengths: Uint32Array;
}

/** How many fields a packed index has (field ids are 0 … n-1, as minisearch numbers them). */
export function fieldCount(packed: Pick<PackedIndex, "fieldIds">): number {
  return Object.keys(packed.fieldIds).length;
}

/** Picks the smallest unsigned array that holds every frequency. */
function frequencyArray(freqs: readonly number[]): Uint8Array | Uint16Array | Uint32Array {
  const max = freqs.reduce((a, b) => Math.max(a, b), 0);
  return max <= 0xff ? Uint8Array.from(freqs) : max <= 0xffff ? Uint16Array.from(freqs) : Uint32Array.from(freqs);
}

/** A term's data as minisearch keeps it: field id → (short id → frequency). */
type TermData = Map<number, Map<number, number>>;

/**
 * A minisearch index being built, to be packed (it is never searched): minisearch adds every
 * document itself, but its terms go into a plain Map instead of its radix tree (minisearch fetches
 * a term's entry for every token it adds, and the tree walks a path of Maps each time: 40% of a
 * build on 15,444 articles); and it packs itself from its own storage (minisearch's protected
 * fields) instead of going through `toJSON`, whose plain object of 1.4 million postings took
 * seconds more.
 */
export class IndexBuilder<T> extends MiniSearch<T> {
  private readonly termData = new Map<string, TermData>();

  constructor(options: Options<T>) {
    super(options);
    // All that adding a document asks of the term store.
    const fetch = (term: string, initial: () => TermData) => {
      let data = this.termData.get(term);
      if (data === undefined) this.termData.set(term, (data = initial()));
      return data;
    };
    this._index = { fetch } as unknown as typeof this._index;
  }

  /** The packed form of this index (never changed after adding). */
  pack(): PackedIndex {
    const fields = fieldCount({ fieldIds: this._fieldIds });
    if (Object.values(this._fieldIds).some((id) => id >= fields)) throw new Error("field ids are not 0 … n-1");
    if (this._dirtCount !== 0) throw new Error("an index that documents were removed from cannot be packed");
    // Terms in code unit order: the radix tree of 54,000 terms is built in 0.1 s in that order, 0.4 s
    // in the order minisearch lists them.
    const entries = [...this.termData].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const counts = new Uint32Array(entries.length * fields);
    const ids: number[] = [];
    const freqs: number[] = [];
    entries.forEach(([term, data], t) => {
      for (let field = 0; field < fields; field++) {
        const postings = data.get(field);
        if (!postings) continue;
        counts[t * fields + field] = postings.size;
        // Entries were added in short id order, so each term's postings ascend; a search relies on it.
        let last = -1;
        for (const [id, freq] of postings) {
          if (id <= last) throw new Error(`the postings of "${term}" do not ascend`);
          ids.push((last = id));
          freqs.push(freq);
        }
      }
    });
    const shortIds = [...this._fieldLength.keys()].sort((a, b) => a - b);
    const fieldLengths = new Uint32Array(shortIds.length * fields);
    shortIds.forEach((id, i) => {
      const lengths = this._fieldLength.get(id)!;
      for (let field = 0; field < fields; field++) fieldLengths[i * fields + field] = lengths[field] ?? 0;
    });
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      averageFieldLength: [...this._avgFieldLength],
      fieldIds: { ...this._fieldIds },
      terms: entries.map(([term]) => term),
      counts,
      ids: Uint32Array.from(ids),
      freqs: frequencyArray(freqs),
      shortIds: Uint32Array.from(shortIds),
      fieldLengths,
    };
  }
}

/** The packed form of an index built here or opened from a snapshot. */
export function packIndex<T>(index: IndexBuilder<T> | PackedSearch<T>): PackedIndex {
  return index instanceof PackedSearch ? index.packed : index.pack();
}

/** A canonical array index ("4", "2014"), which a JavaScript object lists before its other keys. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * Keys in the order `Object.keys` lists them once added to an object in this order: array
 * indexes first, ascending, then the others as added (minisearch lists matched terms so).
 */
function inKeyOrder(keys: string[]): string[] {
  const isIndex = (key: string) => ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
  if (!keys.some(isIndex)) return keys;
  return [...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((key) => !isIndex(key))];
}

/** `scoreExact` tells the distinct terms apart by the bits of a 32-bit mask. */
export const MAX_EXACT_TERMS = 31;

/** What `scoreExact` found: entries in minisearch's Map order, their scores and matched terms. */
export interface ExactScores {
  distinct: string[];
  ids: Uint32Array;
  scores: Float64Array;
  /** Bit i: the entry matched `distinct[i]`. */
  masks: Uint32Array;
}

function popCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** The matched terms of entry `i`, listed as minisearch lists them (`Object.keys` of its matches). */
export function termsOfMask(found: ExactScores, i: number): string[] {
  const mask = found.masks[i]!;
  return inKeyOrder(found.distinct.filter((_, bit) => mask & (1 << bit)));
}

/**
 * The positions of the `limit` best entries by `key` (highest first), ties broken by `then`
 * (highest first) and then by position: what a stable sort by `key` of entries already sorted
 * by `then` keeps. Only entries that can make the cut are sorted.
 */
export function topEntries(key: Float64Array, then: Float64Array, limit: number): number[] {
  const m = key.length;
  const cut = limit < m ? kthLargest(key, limit) : -Infinity;
  const kept: number[] = [];
  for (let i = 0; i < m; i++) if (key[i]! >= cut) kept.push(i);
  kept.sort((a, b) => key[b]! - key[a]! || then[b]! - then[a]! || a - b);
  return kept.length > limit ? kept.slice(0, limit) : kept;
}

/**
 * The `k`-th largest of `values`, duplicates counted: what sorting them and reading `k` from the
 * end gives, through a heap of the `k` largest seen. A common term's postings are thousands and a
 * search keeps tens, so this is linear where the sort was not (about 1 ms for a common word).
 */
export function kthLargest(values: Float64Array, k: number): number {
  if (k <= 0 || k > values.length) return -Infinity;
  const heap = values.slice(0, k);
  const siftDown = (from: number) => {
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < k && heap[left]! < heap[least]!) least = left;
      if (right < k && heap[right]! < heap[least]!) least = right;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  };
  for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let i = k; i < values.length; i++)
    if (values[i]! > heap[0]!) {
      heap[0] = values[i]!;
      siftDown(0);
    }
  return heap[0]!;
}

const readOnly = () => {
  throw new Error("a packed index is read-only");
};

/** Iterates a typed array range, noting where it is, so that `get` of the current key is O(1). */
class Cursor implements IterableIterator<number> {
  private readonly result = { value: 0, done: false };
  constructor(
    private readonly postings: TermPostings,
    private at: number,
  ) {}

  next(): IteratorResult<number> {
    const p = this.postings;
    if (this.at >= p.end) return { value: undefined, done: true };
    p.cursor = this.at;
    this.result.value = p.store.ids[this.at++]!;
    return this.result;
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this;
  }
}

/** What minisearch reads of a term's document frequencies (a Map of short id to frequency). */
class TermPostings {
  cursor: number;
  constructor(
    readonly store: PackedIndex,
    readonly start: number,
    readonly end: number,
  ) {
    this.cursor = start;
  }

  get size(): number {
    return this.end - this.start;
  }

  private find(id: number): number {
    const ids = this.store.ids;
    if (ids[this.cursor] === id && this.cursor < this.end) return this.cursor;
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = ids[mid]!;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  get(id: number): number | undefined {
    const at = this.find(id);
    return at < 0 ? undefined : this.store.freqs[at];
  }

  has(id: number): boolean {
    return this.find(id) >= 0;
  }

  keys(): IterableIterator<number> {
    return new Cursor(this, this.start);
  }

  *entries(): IterableIterator<[number, number]> {
    for (let at = this.start; at < this.end; at++) yield [this.store.ids[at]!, this.store.freqs[at]!];
  }

  *values(): IterableIterator<number> {
    for (let at = this.start; at < this.end; at++) yield this.store.freqs[at]!;
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  forEach(fn: (freq: number, id: number) => void): void {
    for (const [id, freq] of this.entries()) fn(freq, id);
  }

  set = readOnly;
  delete = readOnly;
  clear = readOnly;
}

/**
 * A term's entry in the radix tree: minisearch's Map of field id to postings, holding the fields
 * the term occurs in.
 */
class TermEntry {
  constructor(
    private readonly store: PackedIndex,
    private readonly fields: number,
    /** The term's first count in `store.counts`. */
    private readonly first: number,
    /** Where its postings start in `store.ids`. */
    private readonly start: number,
  ) {}

  get size(): number {
    let n = 0;
    for (let f = 0; f < this.fields; f++) if (this.store.counts[this.first + f]! > 0) n++;
    return n;
  }

  get(fieldId: number): TermPostings | undefined {
    if (!(fieldId >= 0 && fieldId < this.fields) || this.store.counts[this.first + fieldId] === 0) return undefined;
    let at = this.start;
    for (let f = 0; f < fieldId; f++) at += this.store.counts[this.first + f]!;
    return new TermPostings(this.store, at, at + this.store.counts[this.first + fieldId]!);
  }

  has(fieldId: number): boolean {
    return fieldId >= 0 && fieldId < this.fields && this.store.counts[this.first + fieldId]! > 0;
  }

  /** Where the term's postings in a field start in `store.ids`, and how many there are. */
  range(fieldId: number): { at: number; count: number } {
    let at = this.start;
    for (let f = 0; f < fieldId; f++) at += this.store.counts[this.first + f]!;
    return { at, count: this.store.counts[this.first + fieldId]! };
  }

  *entries(): IterableIterator<[number, TermPostings]> {
    for (const f of this.keys()) yield [f, this.get(f)!];
  }

  *keys(): IterableIterator<number> {
    for (let f = 0; f < this.fields; f++) if (this.has(f)) yield f;
  }

  [Symbol.iterator](): IterableIterator<[number, TermPostings]> {
    return this.entries();
  }

  set = readOnly;
  delete = readOnly;
}

/** A Map-like view of short id → value, for short ids 0 … count-1. */
class ShortIdView<V> {
  /** `listed` gives the values iteration yields, when `valueOf`'s may not be kept. */
  constructor(
    private readonly count: number,
    private readonly valueOf: (shortId: number) => V,
    private readonly listed: (shortId: number) => V = valueOf,
  ) {}

  get size(): number {
    return this.count;
  }

  has(shortId: number): boolean {
    return Number.isInteger(shortId) && shortId >= 0 && shortId < this.count;
  }

  get(shortId: number): V | undefined {
    return this.has(shortId) ? this.valueOf(shortId) : undefined;
  }

  *entries(): IterableIterator<[number, V]> {
    for (let id = 0; id < this.count; id++) yield [id, this.listed(id)];
  }

  [Symbol.iterator](): IterableIterator<[number, V]> {
    return this.entries();
  }

  set = readOnly;
  delete = readOnly;
}

/**
 * A minisearch index over packed postings. `idOf` gives the id stored for a short id, `shortIdOf`
 * the reverse (the packed form keeps no ids: the caller knows them, a sentence number or a
 * document id).
 */
export class PackedSearch<T> extends MiniSearch<T> {
  private constructor(
    readonly packed: PackedIndex,
    options: Options<T>,
  ) {
    super(options);
  }

  static open<T>(packed: PackedIndex, options: Options<T>, idOf: (shortId: number) => unknown, shortIdOf: (id: unknown) => number | undefined): PackedSearch<T> {
    const { terms, counts, ids, freqs, shortIds, fieldLengths } = packed;
    const fields = fieldCount(packed);
    if (counts.length !== terms.length * fields || ids.length !== freqs.length || shortIds.length * fields !== fieldLengths.length)
      throw new Error("index tables differ in length");
    if (Object.values(packed.fieldIds).some((id) => !(id >= 0 && id < fields))) throw new Error("field ids are not 0 … n-1");
    // Short ids are 0 … n-1 in order: an index built once and never changed.
    if (packed.dirtCount !== 0 || packed.nextId !== shortIds.length || shortIds.some((id, i) => id !== i)) throw new Error("the index has gaps");
    const index = new PackedSearch<T>(packed, options);
    index._documentCount = packed.documentCount;
    index._nextId = packed.nextId;
    index._dirtCount = 0;
    index._fieldIds = packed.fieldIds;
    index._avgFieldLength = packed.averageFieldLength;
    // minisearch reads a field length as `get(shortId)[fieldId]` and drops the array at once: one
    // array serves every read.
    const length = new Array<number>(fields).fill(0);
    const shared = (id: number) => {
      for (let f = 0; f < fields; f++) length[f] = fieldLengths[id * fields + f]!;
      return length;
    };
    const lengthOf = (id: number) => Array.from(fieldLengths.subarray(id * fields, (id + 1) * fields));
    index._fieldLength = new ShortIdView(shortIds.length, shared, lengthOf) as unknown as Map<number, number[]>;
    index._documentIds = new ShortIdView(shortIds.length, idOf) as unknown as Map<number, unknown>;
    index._idToShortId = { get: shortIdOf, has: (id: unknown) => shortIdOf(id) !== undefined } as unknown as Map<unknown, number>;
    let at = 0;
    for (let t = 0; t < terms.length; t++) {
      let end = at;
      for (let f = 0; f < fields; f++) end += counts[t * fields + f]!;
      if (end > ids.length) throw new Error("postings table too short");
      index._index.set(terms[t]!, new TermEntry(packed, fields, t * fields, at) as unknown as Map<number, Map<number, number>>);
      at = end;
    }
    if (at !== ids.length) throw new Error("postings table too long");
    return index;
  }

  /** Scratch space of `scoreExact`, one slot per entry, kept between searches (cleared after each). */
  private scratch?: { total: Float64Array; term: Float64Array; matched: Uint32Array; seen: Uint8Array };

  /**
   * What minisearch's `search` of index terms combined with OR scores, with no fuzzy or prefix
   * matching (terms given exactly as the index spells them, at most 31 distinct): every entry
   * matched, in the order minisearch's result Map holds them, with its score and a mask of the
   * `distinct` terms it matched. Computed straight from the typed arrays: minisearch builds a Map
   * of result objects per term, merges them and sorts them all, walking each posting through
   * iterators and views (about 2 ms a question on 15,000 articles, most of it for results a
   * question never reads). The arithmetic follows minisearch's (`termResults`, `calcBM25Score`,
   * the OR combinator, `search`) operation by operation, so that scores agree to the last bit.
   */
  scoreExact(terms: readonly string[], fields: readonly string[] = this._options.fields): ExactScores {
    const distinct = [...new Set(terms.filter((t) => !!t))];
    if (distinct.length > MAX_EXACT_TERMS) throw new Error(`scoreExact takes at most ${MAX_EXACT_TERMS} distinct terms`);
    const { ids, freqs, fieldLengths } = this.packed;
    const fieldsCount = fieldCount(this.packed);
    const n = this.packed.documentCount;
    const size = this.packed.shortIds.length;
    const options = this._options.searchOptions as { boost?: Record<string, number>; bm25: { k: number; b: number; d: number } };
    const { k, b, d } = options.bm25;
    const s = (this.scratch ??= { total: new Float64Array(size), term: new Float64Array(size), matched: new Uint32Array(size), seen: new Uint8Array(size) });
    const order: number[] = [];
    const termOrder: number[] = [];
    for (const term of terms) {
      if (!term) continue;
      const entry = this._index.get(term) as unknown as TermEntry | undefined;
      if (!entry) continue;
      const bit = 1 << distinct.indexOf(term);
      termOrder.length = 0;
      for (const field of fields) {
        const fieldBoost = Object.prototype.hasOwnProperty.call(options.boost ?? {}, field) ? options.boost![field] || 1 : 1;
        const fieldId = this._fieldIds[field];
        if (fieldId === undefined || !entry.has(fieldId)) continue;
        const { at, count } = entry.range(fieldId);
        const avgFieldLength = this._avgFieldLength[fieldId]!;
        const invDocFreq = Math.log(1 + (n - count + 0.5) / (count + 0.5));
        for (let i = at; i < at + count; i++) {
          const id = ids[i]!;
          const termFreq = freqs[i]!;
          const fieldLength = fieldLengths[id * fieldsCount + fieldId]!;
          const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
          // minisearch's termWeight * termBoost * fieldBoost * docBoost * rawScore, all others 1.
          const weighted = fieldBoost * rawScore;
          if (s.seen[id] === 1) s.term[id] = s.term[id]! + weighted;
          else {
            s.seen[id] = 1;
            s.term[id] = weighted;
            termOrder.push(id);
          }
        }
      }
      for (const id of termOrder) {
        s.seen[id] = 0;
        if (s.matched[id] === 0) {
          s.total[id] = s.term[id]!;
          order.push(id);
        } else s.total[id] = s.total[id]! + s.term[id]!;
        s.matched[id] = s.matched[id]! | bit;
      }
    }
    const m = order.length;
    const result: ExactScores = { distinct, ids: Uint32Array.from(order), scores: new Float64Array(m), masks: new Uint32Array(m) };
    for (let i = 0; i < m; i++) {
      const id = order[i]!;
      const mask = s.matched[id]!;
      // minisearch multiplies by the number of query terms matched.
      result.scores[i] = s.total[id]! * popCount(mask);
      result.masks[i] = mask;
      s.matched[id] = 0;
    }
    return result;
  }

  /** minisearch's `search` results of `scoreExact`, best first as it sorts them (ties in Map order). */
  searchExact(terms: readonly string[], fields?: readonly string[], limit = Infinity): { shortId: number; score: number; terms: string[] }[] {
    const found = this.scoreExact(terms, fields);
    return topEntries(found.scores, found.scores, limit).map((i) => ({ shortId: found.ids[i]!, score: found.scores[i]!, terms: termsOfMask(found, i) }));
  }
  override add(): void {
    readOnly();
  }

  override discard(): void {
    readOnly();
  }
}
