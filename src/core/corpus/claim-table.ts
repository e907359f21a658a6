/**
 * Every sentence's extracted values (claims), by family, in typed arrays: extracting them takes a
 * millisecond or more a sentence (compromise, chrono), a snapshot keeps them, and a bot that has
 * them answers without reading a sentence twice. A table fills as sentences are read and never
 * holds more than the corpus states: about 10 MB for 15,000 articles.
 *
 * Claims are stored field by field, whatever fields a claim has: each claim is a shape (its
 * property names, in order) and one interned value per property, so a field added to `Claim`
 * later is kept without a change here.
 */
import type { Claim } from "../types.js";

/** The extractor families: an answer type needs one of them. */
export type ClaimFamily = "dates" | "numbers" | "names";
export const CLAIM_FAMILIES: readonly ClaimFamily[] = ["dates", "numbers", "names"];

/** A value in JSON: a primitive as is; what JSON cannot say in an object. */
type StoredValue = string | number | boolean | null | { u: 1 } | { n: string } | { j: unknown };

export interface PackedClaims {
  keys: string[];
  shapes: number[][];
  values: StoredValue[];
  /** Per family, each sentence's claim count; NOT_READ when not extracted yet. */
  counts: Record<ClaimFamily, Uint32Array>;
  /** Per family, every claim as its shape then its values, in sentence order. */
  words: Record<ClaimFamily, Uint32Array>;
}

export const NOT_READ = 0xffffffff;

/** A family's claims: where each sentence's start in `words`, how many, and the words. */
class FamilyTable {
  /** -1 for a sentence not extracted yet. */
  readonly first: Int32Array;
  readonly count: Uint32Array;
  words: Uint32Array;
  used = 0;
  read = 0;

  constructor(sentences: number) {
    this.first = new Int32Array(sentences).fill(-1);
    this.count = new Uint32Array(sentences);
    this.words = new Uint32Array(Math.max(64, sentences));
  }

  append(words: readonly number[]): number {
    if (this.used + words.length > this.words.length) {
      const grown = new Uint32Array(Math.max(this.words.length * 2, this.used + words.length));
      grown.set(this.words.subarray(0, this.used));
      this.words = grown;
    }
    const at = this.used;
    this.words.set(words, at);
    this.used += words.length;
    return at;
  }
}

const encode = (v: unknown): StoredValue => {
  if (v === undefined) return { u: 1 };
  if (typeof v === "number") return Number.isFinite(v) ? v : { n: String(v) };
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  return { j: v };
};
const decode = (v: StoredValue): unknown => {
  if (v === null || typeof v !== "object") return v;
  if ("u" in v) return undefined;
  if ("n" in v) return Number(v.n);
  return v.j;
};

export class ClaimTable {
  private readonly families: Record<ClaimFamily, FamilyTable>;
  private readonly keys: string[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly shapes: number[][] = [];
  private readonly shapeIds = new Map<string, number>();
  private readonly values: unknown[] = [];
  private readonly valueIds = new Map<unknown, number>();

  constructor(readonly sentences: number) {
    this.families = { dates: new FamilyTable(sentences), numbers: new FamilyTable(sentences), names: new FamilyTable(sentences) };
  }

  /** A sentence's claims of a family, as new objects; undefined when not extracted yet. */
  get(sentence: number, family: ClaimFamily): Claim[] | undefined {
    const table = this.families[family];
    let at = table.first[sentence] ?? -1;
    if (at < 0) return undefined;
    const claims: Claim[] = [];
    for (let c = 0; c < table.count[sentence]!; c++) {
      const shape = this.shapes[table.words[at++]!]!;
      const claim: Record<string, unknown> = {};
      for (const key of shape) {
        const value = this.values[table.words[at++]!];
        // Objects are kept by value: every reader gets its own copy.
        claim[this.keys[key]!] = value !== null && typeof value === "object" ? structuredClone(value) : value;
      }
      claims.push(claim as unknown as Claim);
    }
    return claims;
  }

  has(sentence: number, family: ClaimFamily): boolean {
    return (this.families[family].first[sentence] ?? -1) >= 0;
  }

  /** Stores a sentence's claims of a family (once: a second call for it is ignored). */
  set(sentence: number, family: ClaimFamily, claims: readonly Claim[]): void {
    const table = this.families[family];
    if (sentence < 0 || sentence >= this.sentences || table.first[sentence]! >= 0) return;
    const words: number[] = [];
    for (const claim of claims) {
      const entries = Object.entries(claim);
      words.push(this.shapeOf(entries.map(([k]) => k)));
      for (const [, v] of entries) words.push(this.valueId(v));
    }
    table.first[sentence] = table.append(words);
    table.count[sentence] = claims.length;
    table.read++;
    // A complete table takes no more values: the index of them (a Map of every value) can go.
    if (table.read === this.sentences && this.complete) this.valueIds.clear();
  }

  /** True when every sentence's claims of every family are stored. */
  get complete(): boolean {
    return CLAIM_FAMILIES.every((f) => this.families[f].read === this.sentences);
  }

  /** Sentences whose claims are stored, summed over the families. */
  get stored(): number {
    return CLAIM_FAMILIES.reduce((n, f) => n + this.families[f].read, 0);
  }

  private shapeOf(keys: readonly string[]): number {
    const ids = keys.map((k) => {
      let id = this.keyIds.get(k);
      if (id === undefined) {
        this.keyIds.set(k, (id = this.keys.length));
        this.keys.push(k);
      }
      return id;
    });
    const name = ids.join(",");
    let shape = this.shapeIds.get(name);
    if (shape === undefined) {
      this.shapeIds.set(name, (shape = this.shapes.length));
      this.shapes.push(ids);
    }
    return shape;
  }

  private valueId(value: unknown): number {
    // Objects cannot be told equal by a Map: stored as JSON, one entry each.
    if (value !== null && typeof value === "object") {
      this.values.push(JSON.parse(JSON.stringify(value)));
      return this.values.length - 1;
    }
    let id = this.valueIds.get(value);
    if (id === undefined) {
      this.valueIds.set(value, (id = this.values.length));
      this.values.push(value);
    }
    return id;
  }

  /** The table for a snapshot: each family's words in sentence order. */
  pack(): PackedClaims {
    const counts = {} as Record<ClaimFamily, Uint32Array>;
    const words = {} as Record<ClaimFamily, Uint32Array>;
    for (const family of CLAIM_FAMILIES) {
      const table = this.families[family];
      const out = new Uint32Array(table.used);
      const count = new Uint32Array(this.sentences);
      let at = 0;
      for (let s = 0; s < this.sentences; s++) {
        const first = table.first[s]!;
        if (first < 0) {
          count[s] = NOT_READ;
          continue;
        }
        count[s] = table.count[s]!;
        let end = first;
        for (let c = 0; c < count[s]!; c++) end += 1 + this.shapes[table.words[end]!]!.length;
        out.set(table.words.subarray(first, end), at);
        at += end - first;
      }
      counts[family] = count;
      words[family] = out.subarray(0, at);
    }
    return { keys: [...this.keys], shapes: this.shapes.map((s) => [...s]), values: this.values.map(encode), counts, words };
  }

  /** Restores a packed table; throws when its parts do not fit together or the sentence count differs. */
  static unpack(packed: PackedClaims, sentences: number): ClaimTable {
    const table = new ClaimTable(sentences);
    packed.keys.forEach((k, i) => {
      table.keys.push(k);
      table.keyIds.set(k, i);
    });
    packed.shapes.forEach((s, i) => {
      if (s.some((k) => k >= packed.keys.length)) throw new Error("claim shape names an unknown key");
      table.shapes.push(s);
      table.shapeIds.set(s.join(","), i);
    });
    for (const v of packed.values) table.values.push(decode(v));
    for (const family of CLAIM_FAMILIES) {
      const count = packed.counts[family];
      const words = packed.words[family];
      if (count.length !== sentences) throw new Error("claim table covers another corpus");
      const own = table.families[family];
      own.words = words;
      own.used = words.length;
      let at = 0;
      for (let s = 0; s < sentences; s++) {
        if (count[s] === NOT_READ) continue;
        own.first[s] = at;
        own.count[s] = count[s]!;
        own.read++;
        for (let c = 0; c < count[s]!; c++) {
          const shape = table.shapes[words[at]!];
          if (!shape) throw new Error("claim table names an unknown shape");
          for (let k = 1; k <= shape.length; k++) if (words[at + k]! >= table.values.length) throw new Error("claim table names an unknown value");
          at += 1 + shape.length;
        }
      }
      if (at !== words.length) throw new Error("claim table does not fit");
    }
    // Only a table still filling needs the index of its values.
    if (!table.complete) table.values.forEach((value, i) => (value === null || typeof value !== "object") && table.valueIds.set(value, i));
    return table;
  }
}
