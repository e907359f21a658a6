/**
 * Every sentence's index terms with their token positions, as numbers: a question reads a few
 * hundred sentences, and normalizing their words again (lemmatizer, stemmer, compounds) took a
 * quarter of an answer on 15,000 articles. The table fills as sentences are read, a snapshot keeps
 * it, and it never holds more than the corpus: about 15 MB for 15,000 articles (2.5 million terms,
 * a vocabulary number and a position each).
 */
import type { Vocabulary } from "./vocabulary.js";

export interface PositionedTerm {
  term: string;
  position: number;
}

export interface PackedTerms {
  /** Terms the vocabulary lacks, numbered after it. */
  extra: string[];
  /** Each sentence's term count; NOT_READ when not computed yet. */
  counts: Uint32Array;
  /** Term numbers and positions, sentence after sentence. */
  ids: Uint32Array;
  positions: Uint16Array;
}

const NOT_READ = 0xffffffff;
/** Positions are stored in 16 bits: a sentence with more tokens is not prose and is not kept. */
const MAX_POSITION = 0xffff;

export class TermTable {
  private readonly first: Int32Array;
  private readonly count: Uint32Array;
  private ids: Uint32Array;
  private positions: Uint16Array;
  private used = 0;
  private read = 0;
  private readonly extra: string[] = [];
  private readonly extraIds = new Map<string, number>();

  constructor(
    readonly sentences: number,
    private readonly vocabulary: Vocabulary,
    capacity = sentences,
  ) {
    this.first = new Int32Array(sentences).fill(-1);
    this.count = new Uint32Array(sentences);
    this.ids = new Uint32Array(Math.max(64, capacity));
    this.positions = new Uint16Array(Math.max(64, capacity));
  }

  /** A sentence's terms, as new objects; undefined when not computed yet. */
  get(sentence: number): PositionedTerm[] | undefined {
    const at = this.first[sentence] ?? -1;
    if (at < 0) return undefined;
    const terms = this.vocabulary.terms;
    const out: PositionedTerm[] = new Array(this.count[sentence]!);
    for (let i = 0; i < out.length; i++) {
      const id = this.ids[at + i]!;
      out[i] = { term: id < terms.length ? terms[id]! : this.extra[id - terms.length]!, position: this.positions[at + i]! };
    }
    return out;
  }

  /** The number a term has in this table, if any (without numbering a new one). */
  numberOf(term: string): number | undefined {
    return this.vocabulary.id(term) ?? this.extraIds.get(term);
  }

  /**
   * Counts a sentence's terms numbered in `slots` into `counts` (at each term's slot), making no
   * objects: a question's rarities are counted over a thousand sentences. False when the
   * sentence's terms are not computed yet.
   */
  countInto(sentence: number, slots: ReadonlyMap<number, number>, counts: Uint32Array): boolean {
    const at = this.first[sentence] ?? -1;
    if (at < 0) return false;
    const end = at + this.count[sentence]!;
    for (let i = at; i < end; i++) {
      const slot = slots.get(this.ids[i]!);
      if (slot !== undefined) counts[slot]!++;
    }
    return true;
  }

  /** Stores a sentence's terms (once; a sentence of more than 65,535 tokens is not kept). */
  set(sentence: number, terms: readonly PositionedTerm[]): void {
    if (sentence < 0 || sentence >= this.sentences || this.first[sentence]! >= 0) return;
    if (terms.some((t) => t.position > MAX_POSITION)) return;
    if (this.used + terms.length > this.ids.length) this.grow(this.used + terms.length);
    for (let i = 0; i < terms.length; i++) {
      this.ids[this.used + i] = this.idOf(terms[i]!.term);
      this.positions[this.used + i] = terms[i]!.position;
    }
    this.first[sentence] = this.used;
    this.count[sentence] = terms.length;
    this.used += terms.length;
    this.read++;
  }

  get complete(): boolean {
    return this.read === this.sentences;
  }

  private idOf(term: string): number {
    const id = this.vocabulary.id(term);
    if (id !== undefined) return id;
    let extra = this.extraIds.get(term);
    if (extra === undefined) {
      this.extraIds.set(term, (extra = this.vocabulary.terms.length + this.extra.length));
      this.extra.push(term);
    }
    return extra;
  }

  private grow(needed: number): void {
    const size = Math.max(needed, Math.ceil(this.ids.length * 1.5));
    const ids = new Uint32Array(size);
    ids.set(this.ids.subarray(0, this.used));
    const positions = new Uint16Array(size);
    positions.set(this.positions.subarray(0, this.used));
    this.ids = ids;
    this.positions = positions;
  }

  /** The table for a snapshot, in sentence order. */
  pack(): PackedTerms {
    const counts = new Uint32Array(this.sentences);
    const ids = new Uint32Array(this.used);
    const positions = new Uint16Array(this.used);
    let at = 0;
    for (let s = 0; s < this.sentences; s++) {
      const first = this.first[s]!;
      if (first < 0) {
        counts[s] = NOT_READ;
        continue;
      }
      const n = this.count[s]!;
      counts[s] = n;
      ids.set(this.ids.subarray(first, first + n), at);
      positions.set(this.positions.subarray(first, first + n), at);
      at += n;
    }
    return { extra: [...this.extra], counts, ids, positions };
  }

  /** Restores a packed table; throws when it does not fit the corpus or its vocabulary. */
  static unpack(packed: PackedTerms, sentences: number, vocabulary: Vocabulary): TermTable {
    const { counts, ids, positions, extra } = packed;
    if (counts.length !== sentences || ids.length !== positions.length) throw new Error("term table covers another corpus");
    const table = new TermTable(sentences, vocabulary, 0);
    extra.forEach((t, i) => {
      table.extra.push(t);
      table.extraIds.set(t, vocabulary.terms.length + i);
    });
    let at = 0;
    for (let s = 0; s < sentences; s++) {
      const n = counts[s]!;
      if (n === NOT_READ) continue;
      table.first[s] = at;
      table.count[s] = n;
      table.read++;
      at += n;
    }
    if (at !== ids.length) throw new Error("term table does not fit");
    let highest = 0;
    for (let i = 0; i < ids.length; i++) if (ids[i]! > highest) highest = ids[i]!;
    if (ids.length && highest >= vocabulary.terms.length + extra.length) throw new Error("term table names an unknown term");
    table.ids = ids;
    table.positions = positions;
    table.used = ids.length;
    return table;
  }
}
