/**
 * Free-text answers ("What sport is Bobby Carpenter associated with?"): the phrase a sentence
 * says its subject is, after "is/was/are/were" ("…is a former American football linebacker"),
 * cut at the first clause boundary. Compared by their content words.
 */
import type { Claim } from "../types.js";

const COPULA = /\b(?:is|was|are|were|became|becomes|remains|served as|is known as|was known as)\s+/gi;
const BOUNDARY = /[,;:()[\]]|\s(?:who|which|that|where|when|whose|and was|and is|but|since|after|before|from \d)\s|[.!?](?:\s|$)/i;
const MAX_WORDS = 12;

/**
 * Finds what a sentence predicates of its subject. `subjectEnd` is where a subject word last
 * occurs before the copula, when known (the predicate must follow the subject).
 */
export function findPredicates(sentence: string, subjectPositions: readonly number[] = []): Claim[] {
  const claims: Claim[] = [];
  for (const m of sentence.matchAll(COPULA)) {
    const at = (m.index ?? 0) + m[0].length;
    if (subjectPositions.length && !subjectPositions.some((p) => p < (m.index ?? 0))) continue;
    const rest = sentence.slice(at);
    const stop = BOUNDARY.exec(rest);
    let phrase = (stop ? rest.slice(0, stop.index) : rest).trim();
    const words = phrase.split(/\s+/);
    if (words.length > MAX_WORDS) phrase = words.slice(0, MAX_WORDS).join(" ");
    phrase = phrase.replace(/[\s.,;:]+$/, "");
    if (!phrase || !/\p{L}/u.test(phrase) || /^(not|also|being|been|to|in|on|at|by)\b/i.test(phrase)) continue;
    const start = at + rest.indexOf(phrase);
    claims.push({ type: "text", value: phrase, normalized: normalizeText(phrase), start, end: start + phrase.length });
    break; // the first predicate after the subject is the defining one
  }
  return claims;
}

/** A text answer as compared: lower case, no leading article. */
export function normalizeText(phrase: string): string {
  return phrase.toLowerCase().replace(/^(a|an|the)\s+/, "").replace(/\s+/g, " ").trim();
}
