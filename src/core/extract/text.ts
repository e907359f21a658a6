/**
 * Free-text answers ("What sport is Bobby Carpenter associated with?"): the phrase a sentence
 * says its subject is, after "is/was/are/were" ("…is a former American football linebacker"),
 * cut at the first clause boundary. Compared by their content words.
 */
import type { Claim } from "../types.js";

const COPULA = /\b(?:is|was|are|were|became|becomes|remains|served as|is known as|was known as|commonly known as|plays as|played as|plays for|played for|refers to|referred to)\s+/gi;
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

/** Words that end a noun phrase going leftwards ("a member of the Quebec Liberal Party"). */
const PHRASE_EDGE = /^(?:a|an|the|of|in|on|at|by|for|to|from|with|as|and|or|is|was|are|were|be|been|its|his|her|their|this|that|which|who|it)$/i;

/**
 * The noun phrase a sentence builds on the noun the question asks for: "What political party…"
 * finds "the Quebec Liberal Party", "Which line…" finds "the Zamoskvoretskaya line".
 */
export function findFocusPhrases(sentence: string, focusTerm: string, termOf: (word: string) => string | null): Claim[] {
  const claims: Claim[] = [];
  const words = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu)];
  words.forEach((w, i) => {
    if (termOf(w[0].toLowerCase()) !== focusTerm) return;
    let j = i;
    while (j > 0 && i - j < 4 && !PHRASE_EDGE.test(words[j - 1]![0]) && !/[,;:()]/.test(sentence.slice(words[j - 1]!.index! + words[j - 1]![0].length, words[j]!.index))) j--;
    if (j === i) return; // the bare noun says nothing ("the party")
    const start = words[j]!.index!;
    const end = w.index! + w[0].length;
    const phrase = sentence.slice(start, end);
    claims.push({ type: "text", value: phrase, normalized: normalizeText(phrase), start, end });
  });
  return claims;
}

/** A text answer as compared: lower case, no leading article. */
export function normalizeText(phrase: string): string {
  return phrase.toLowerCase().replace(/^(a|an|the)\s+/, "").replace(/\s+/g, " ").trim();
}
