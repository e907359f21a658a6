/**
 * The verb that governs a value in its sentence: "imposed … in 2023", "signed the order on
 * January 15", "The United Nations has accused". Two values governed by different verbs state
 * different events, whatever else their sentences share: the disagreement report uses it to keep
 * facts apart, the answer scorer to tell the asked event's date from another's.
 */
import lemmatizer from "wink-lemmatizer";
import { normalizeTerm, rawTokens, tokenOffsets } from "../search/terms.js";
import type { Claim } from "../types.js";

/** How far before a value its governing verb may stand, in tokens. */
const VERB_WINDOW = 8;
/** How far after a name its verb may stand ("X has reportedly accused"), in tokens. */
const VERB_AFTER_NAME = 4;

/** Punctuation that closes a clause. */
export const CLAUSE_BREAK = /[,;:()\u2014\u2013]|\s-\s/;

/** Token range [first, last] of a claim's value in its sentence. */
export function tokenRange(sentence: string, claim: Claim): { first: number; last: number } {
  const first = rawTokens(sentence.slice(0, claim.start)).length;
  return { first, last: first + Math.max(0, rawTokens(claim.value).length - 1) };
}

/**
 * The index term of the verb nearest a value in its clause: a past or -ing form ("imposed",
 * "sent", "withdrew", "dated"), told from nouns by having a different verb lemma and no plural
 * -s, and from names by its lower case. For a name, first the verb just after it ("The United
 * Nations has accused").
 */
export function governingVerb(text: string, first: number, last: number, isName: boolean): string | undefined {
  const offsets = tokenOffsets(text);
  const words = offsets.map((o, i) => text.slice(o, i + 1 < offsets.length ? offsets[i + 1] : text.length));
  const verbAt = (p: number) => {
    const word = /^[\p{L}]+/u.exec(words[p] ?? "")?.[0] ?? "";
    if (!word || /^\p{Lu}/u.test(word) || word.endsWith("s") || lemmatizer.verb(word) === word) return undefined;
    return normalizeTerm(word) ?? undefined;
  };
  if (isName)
    for (let p = last + 1; p < Math.min(words.length, last + 1 + VERB_AFTER_NAME); p++) {
      if (CLAUSE_BREAK.test(words[p - 1]!)) break;
      const verb = verbAt(p);
      if (verb) return verb;
    }
  for (let p = first - 1; p >= Math.max(0, first - VERB_WINDOW); p--) {
    if (CLAUSE_BREAK.test(words[p]!)) break;
    const verb = verbAt(p);
    if (verb) return verb;
  }
  return undefined;
}
