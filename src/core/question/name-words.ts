/**
 * Which words the corpus writes as names (`QueryEngine.isNameWord`: "finland" → Finland), for
 * every word its sentences use. Telling it reads up to 200 sentences holding the word; a question
 * asks it of each of its lower-case words, so the first asking of a question after a start spent
 * up to tens of milliseconds on it. The background preparation computes it for every word once,
 * with the engine's own test, and a snapshot keeps it; a word the table lacks is tested as before.
 *
 * The words are one string, sorted, a line each, searched by halving: a few hundred kilobytes in
 * one string, not a Map of tens of thousands of entries for the collector to trace.
 */

export interface PackedNameWords {
  /** The words in code unit order, each followed by "\n", as UTF-8. */
  words: Uint8Array;
  /** 1 for a word written as a name, 0 for one that is not, in the same order. */
  names: Uint8Array;
}

export class NameWordTable {
  private constructor(
    private readonly text: string,
    /** Where each word starts in `text`, and one more entry: the end. */
    private readonly starts: Uint32Array,
    private readonly names: Uint8Array,
  ) {}

  /** The table of `words` (lower case), each tested with `isName`. */
  static build(words: Iterable<string>, isName: (word: string) => boolean): NameWordTable {
    const sorted = [...new Set(words)].filter((w) => w.length > 0 && !w.includes("\n")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return NameWordTable.fromSorted(sorted.join("\n") + (sorted.length ? "\n" : ""), Uint8Array.from(sorted, (w) => (isName(w) ? 1 : 0)));
  }

  private static fromSorted(text: string, names: Uint8Array): NameWordTable {
    const starts = new Uint32Array(names.length + 1);
    let at = 0;
    for (let i = 0; i < names.length; i++) {
      starts[i] = at;
      const end = text.indexOf("\n", at);
      if (end < 0) throw new Error("the name words do not fit their flags");
      at = end + 1;
    }
    if (at !== text.length) throw new Error("the name words do not fit their flags");
    starts[names.length] = at;
    return new NameWordTable(text, starts, names);
  }

  get size(): number {
    return this.names.length;
  }

  /** Whether the corpus writes the word as a name; undefined for a word the table lacks. */
  get(word: string): boolean | undefined {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.text.slice(this.starts[mid]!, this.starts[mid + 1]! - 1);
      if (at === word) return this.names[mid] === 1;
      if (at < word) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  pack(): PackedNameWords {
    return { words: new Uint8Array(Buffer.from(this.text, "utf8")), names: this.names };
  }

  static unpack(packed: PackedNameWords): NameWordTable {
    return NameWordTable.fromSorted(Buffer.from(packed.words.buffer, packed.words.byteOffset, packed.words.byteLength).toString("utf8"), packed.names);
  }
}
