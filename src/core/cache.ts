/**
 * A cache bounded by the memory its entries take, not by how many there are: an entry's size
 * varies a hundredfold (a sentence's terms, a word's stem), so a count says nothing about what a
 * bot holds after weeks of questions.
 *
 * Two generations of half the budget each: entries go into the young one; when it is full, the
 * old one is dropped and the young one becomes old. An old entry that is used again moves back to
 * the young one. That keeps what is in use at no cost per hit (a true least-recently-used order
 * costs a Map delete and insert on every hit, and the word cache is hit 20,000 times a question).
 */

/** Rough bytes of a V8 string of `length` characters: header plus one or two bytes a character. */
export const stringBytes = (length: number) => 24 + 2 * length;

/** Bytes a Map entry costs besides its key and value (hash table slots, entry record). */
const ENTRY_BYTES = 48;

export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private youngBytes = 0;
  private oldBytes = 0;

  /**
   * @param maxBytes  What all entries may take together.
   * @param sizeOf    Estimated bytes of one entry (key and value), called once when it is stored.
   */
  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (key: K, value: V) => number,
  ) {}

  /** The value; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined || this.old.size === 0) return value;
    const kept = this.old.get(key);
    if (kept !== undefined) this.set(key, kept);
    return kept;
  }

  set(key: K, value: V): void {
    const bytes = this.sizeOf(key, value) + ENTRY_BYTES;
    if (bytes > this.maxBytes / 2 || this.young.has(key)) return; // too large to keep, or kept already
    if (this.youngBytes + bytes > this.maxBytes / 2) {
      this.old = this.young;
      this.oldBytes = this.youngBytes;
      this.young = new Map();
      this.youngBytes = 0;
    }
    this.young.set(key, value);
    this.youngBytes += bytes;
  }

  /** The cached value, or `make()`'s, stored. */
  remember(key: K, make: () => V): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = make();
    this.set(key, value);
    return value;
  }

  /** Estimated bytes held now (an entry moved back from the old generation counts twice until it goes). */
  get bytes(): number {
    return this.youngBytes + this.oldBytes;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  clear(): void {
    this.young.clear();
    this.old = new Map();
    this.youngBytes = this.oldBytes = 0;
  }
}
