/**
 * How text becomes index terms, the same way for documents and questions: lower-cased, stop words
 * dropped, lemmatized (wink-lemmatizer: withdrew → withdraw, children → child) and stemmed
 * (Porter, via `stemmer`: withdrawal → withdraw, signing → sign), so that different wordings of
 * one fact meet. Hyphenated words meet their closed forms (anti-personnel / antipersonnel), and
 * two words meet their compound when the corpus writes it closed (land mine / landmine).
 *
 * Changing how terms are made? Bump INDEX_VERSION in ../snapshot/version.ts.
 */
import lemmatizer from "wink-lemmatizer";
import { stemmer } from "stemmer";
import { eng } from "stopword";
import { BoundedCache, stringBytes } from "../cache.js";

/** Function words that never identify a fact; question words included. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  "when", "whom", "whose", "which", "whether", "also", "us", "s", "t", "mr", "mrs", "ms", "dr",
  // Pronouns the stopword list lacks; Porter would stem "its" to "it", a word of no fact.
  "its", "itself", "she", "hers", "herself", "theirs", "themselves", "ours", "ourselves", "yours", "yourself", "yourselves", "myself",
  // Prepositions it lacks that only place or time a fact ("during January": "during" stemmed to "dure").
  // Those that state a relation themselves ("against", "near", "without", "above") stay words.
  "during", "via", "per", "amid", "amidst", "among", "amongst", "despite", "upon", "within", "throughout", "onto", "unto", "toward", "towards", "beside", "besides", "versus",
]);

/**
 * Clipped and long forms that stemming cannot join. Kept tiny on purpose: it lists spelling
 * variants of one word, not synonyms.
 */
const CLIPPED_FORMS: Readonly<Record<string, string>> = {
  memorandum: "memo",
  memoranda: "memo",
  memorandums: "memo",
  kilometre: "km",
  kilometres: "km",
  kilometer: "km",
  kilometers: "km",
};

/** Adverbs made from adjectives by "-ly" ("previously", "officially", "reportedly"). */
const ADVERB = /(?:ous|al|ent|ant|ive|ed|ful|less|ic|ar|ate|ible|able)ly$/;

/** Raw word tokens: letters and digits, keeping "2,000", "U.S." and "anti-personnel" whole. */
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Tokens already normalized (lemmatizing and stemming cost a few microseconds a word, and every
 * sentence read needs its words' terms). 8 MB holds about 80,000 words: a news corpus's working
 * vocabulary.
 */
const termCache = new BoundedCache<string, string | null>(8 * 1024 * 1024, (token, term) => stringBytes(token.length) + (term ? stringBytes(term.length) : 0));

/**
 * While a corpus is indexed or prepared, every word met is kept in a plain Map instead, dropped
 * at the end: 15,000 articles hold some 200,000 distinct words, and the bounded cache would keep
 * evicting and recomputing them.
 */
let bulk: Map<string, string | null> | undefined;

/** Runs `work` (synchronous, over a whole corpus) with every word's term kept until it ends. */
export function withWordCache<T>(work: () => T): T {
  if (bulk) return work();
  bulk = new Map();
  try {
    return work();
  } finally {
    bulk = undefined;
  }
}

/** The index term for one lower-cased token, or null for a stop word. */
export function normalizeTerm(token: string): string | null {
  const cache = bulk ?? termCache;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let term: string | null;
  let t = token.replace(/['’]s?$/, "").replace(/\./g, "");
  if (/^[\d,]+(\.\d+)?$/.test(t)) term = t.replace(/,/g, "");
  else if (!t || STOP_WORDS.has(t)) term = null;
  else {
    t = CLIPPED_FORMS[t] ?? t;
    // Adverbs meet their adjectives (previously / previous), which Porter stems apart.
    if (t.length > 6 && ADVERB.test(t)) t = t.slice(0, -2);
    const verb = lemmatizer.verb(t);
    const lemma = verb !== t ? verb : nounLemma(t);
    term = STOP_WORDS.has(lemma) ? null : stemmer(lemma);
  }
  cache.set(token, term);
  return term;
}

/** A noun's lemma. An English plural never ends in "ss": the lemmatizer's "boss" → "bo" would part it from "bosses". */
function nounLemma(word: string): string {
  const noun = lemmatizer.noun(word);
  return word.endsWith("ss") && !noun.endsWith("ss") ? word : noun;
}

/** Character offset of each raw token of a text, in the order `rawTokens` gives them. */
export function tokenOffsets(text: string): number[] {
  return [...text.matchAll(WORD)].map((m) => m.index ?? 0);
}

/** Splits text into lower-cased raw tokens (before normalization). */
export function rawTokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

/** Two words that the corpus also writes closed: "land mine" → "landmine", keyed by their terms. */
export type Compounds = ReadonlyMap<string, string>;

const pairKey = (a: string, b: string) => `${a} ${b}`;

/** The first terms of the corpus's compounds, so that most word pairs are ruled out without a lookup. */
const firstTerms = new WeakMap<Compounds, ReadonlySet<string>>();

/** The closed compound two neighbouring terms make, if the corpus writes one. */
function compoundOf(compounds: Compounds, a: string | null, b: string | null): string | undefined {
  if (!a || !b) return undefined;
  let firsts = firstTerms.get(compounds);
  if (!firsts) firstTerms.set(compounds, (firsts = new Set([...compounds.keys()].map((k) => k.slice(0, k.indexOf(" "))))));
  return firsts.has(a) ? compounds.get(pairKey(a, b)) : undefined;
}

/**
 * Tokens for minisearch: every raw token; for a hyphenated one its closed form and parts too;
 * and for two neighbours, their closed compound when the corpus writes it so.
 */
export function tokenize(text: string, compounds?: Compounds, terms?: (string | null | undefined)[]): string[] {
  const raw = rawTokens(text);
  const out: string[] = [];
  // Each token's term is needed twice (as the left and the right of a pair): normalized once.
  // `terms` receives it beside each plain token (undefined where it was not computed).
  let term = compounds?.size && raw.length ? normalizeTerm(raw[0]!) : null;
  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i]!;
    if (tok.includes("-")) {
      out.push(tok.replace(/-/g, ""), ...tok.split("-"));
      terms?.push(undefined, ...tok.split("-").map(() => undefined));
    } else {
      out.push(tok);
      terms?.push(compounds?.size ? term : undefined);
    }
    const next = raw[i + 1];
    if (compounds?.size && next) {
      const nextTerm = normalizeTerm(next);
      const closed = compoundOf(compounds, term, nextTerm);
      if (closed) {
        out.push(closed);
        terms?.push(undefined);
      }
      term = nextTerm;
    }
  }
  return out;
}

/** The distinct index terms of a text, in order of first appearance. */
export function termsOf(text: string, compounds?: Compounds): string[] {
  const seen = new Set<string>();
  for (const tok of tokenize(text, compounds)) {
    const term = normalizeTerm(tok);
    if (term) seen.add(term);
  }
  return [...seen];
}

/** Index terms with their token positions, for proximity scoring. */
export function positionedTerms(text: string, compounds?: Compounds): { term: string; position: number }[] {
  const out: { term: string; position: number }[] = [];
  const raw = rawTokens(text);
  let whole = raw.length ? normalizeTerm(raw[0]!) : null; // the current token's term, normalized once
  for (let position = 0; position < raw.length; position++) {
    const tok = raw[position]!;
    if (tok.includes("-")) {
      for (const part of [tok.replace(/-/g, ""), ...tok.split("-")]) {
        const term = normalizeTerm(part);
        if (term) out.push({ term, position });
      }
    } else if (whole) out.push({ term: whole, position });
    const next = raw[position + 1];
    const nextTerm = next === undefined ? null : normalizeTerm(next);
    if (compounds?.size && next) {
      const closed = compoundOf(compounds, whole, nextTerm);
      const term = closed && normalizeTerm(closed);
      if (term) out.push({ term, position });
    }
    whole = nextTerm;
  }
  return out;
}

/**
 * Finds the corpus's closed compounds that split into two corpus words ("landmines" = "land" +
 * "mines"), so that the open spelling of either the corpus or a question meets the closed one.
 */
export function collectCompounds(texts: Iterable<string>): Map<string, string> {
  const words = new Set<string>();
  for (const text of texts) for (const tok of rawTokens(text)) if (/^\p{L}+$/u.test(tok)) words.add(tok);
  const compounds = new Map<string, string>();
  for (const word of words) {
    if (word.length < 7) continue;
    for (let cut = 3; cut <= word.length - 3; cut++) {
      const first = word.slice(0, cut);
      const second = word.slice(cut);
      if (!words.has(first) || !words.has(second)) continue;
      const a = normalizeTerm(first);
      const b = normalizeTerm(second);
      if (a && b) compounds.set(pairKey(a, b), word);
    }
  }
  return compounds;
}
