/**
 * Kinship said the other way round. "Orla, daughter of Aldous" names Aldous as Orla's father or
 * mother, and "wife of Bren" names Bren as her husband: a person after "<kin> of" answers the
 * question only when the relation asked is that kin's inverse. Asked her husband, "daughter of
 * Aldous" names her father, not the one asked.
 */
import { termsOf } from "../search/terms.js";

/** Kinship words in groups, and the group each names after "of": a daughter's "of" names a parent. */
const SPOUSES = ["husband", "wife", "spouse", "consort", "partner", "widow", "widower"];
const PARENTS = ["father", "mother", "parent"];
const CHILDREN = ["son", "daughter", "child"];
const SIBLINGS = ["brother", "sister", "sibling"];
const GRANDPARENTS = ["grandfather", "grandmother", "grandparent"];
const GRANDCHILDREN = ["grandson", "granddaughter", "grandchild"];
const INVERSES: readonly [readonly string[], readonly string[]][] = [
  [SPOUSES, SPOUSES],
  [CHILDREN, PARENTS],
  [PARENTS, CHILDREN],
  [SIBLINGS, SIBLINGS],
  [GRANDCHILDREN, GRANDPARENTS],
  [GRANDPARENTS, GRANDCHILDREN],
];

/** Each kin word and the index terms of the kin it names after "of". */
const NAMED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  INVERSES.flatMap(([words, named]) => words.map((w) => [w, new Set(named.flatMap((n) => termsOf(n)))] as const)),
);

/**
 * True when "<kin> of NAME" names NAME as another relative than the one the question's relation
 * terms ask for ("daughter of" asked for a husband); false for a word that is no kin word, or when
 * one of the asked terms is the kin the phrase names ("daughter of" asked for a father).
 */
export function namesOtherKin(kinWord: string, askedTerms: ReadonlySet<string>): boolean {
  const named = NAMED_BY.get(kinWord.toLowerCase());
  return named !== undefined && ![...named].some((t) => askedTerms.has(t));
}

/** "<kin> of" and the name after it: "son of Josiah Harrow the Elder", "widow of Bren Ash". */
const KIN_OF_NAME = /\b(\p{Ll}+)\s+of\s+((?:(?:the|of|de|van|von)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:the|of|de|van|von)\s+)?\p{Lu}[\p{L}'’.-]*)*)/gu;

/**
 * How often each index term stands in a name given as another relative than the one asked:
 * "Harrow was born in Kelderwick, the eldest son of Josiah Harrow the Elder" names the Elder as a
 * parent, so the birth it tells is not his.
 */
export function namedAsOtherKin(text: string, askedTerms: ReadonlySet<string>): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(KIN_OF_NAME)) {
    if (!namesOtherKin(m[1]!, askedTerms)) continue;
    for (const t of termsOf(m[2]!)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
