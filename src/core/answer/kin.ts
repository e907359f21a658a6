/**
 * Kinship said the other way round. "Orla, daughter of Aldous" names Aldous as Orla's father or
 * mother, and "wife of Bren" names Bren as her husband: a person after "<kin> of" answers the
 * question only when the relation asked is that kin's inverse. Asked her husband, "daughter of
 * Aldous" names her father, not the one asked.
 */
import { normalizeTerm } from "../search/terms.js";

/** Each kin word and the words for the person it names after "of". */
const KIN_OF: Readonly<Record<string, readonly string[]>> = (() => {
  const spouses = ["husband", "wife", "spouse", "consort", "partner", "widow", "widower"];
  const parents = ["father", "mother", "parent"];
  const children = ["son", "daughter", "child"];
  const siblings = ["brother", "sister", "sibling"];
  const grandparents = ["grandfather", "grandmother", "grandparent"];
  const grandchildren = ["grandson", "granddaughter", "grandchild"];
  const table: Record<string, readonly string[]> = {};
  const pair = (words: readonly string[], named: readonly string[]) => {
    for (const w of words) table[w] = named;
  };
  pair(spouses, spouses);
  pair(children, parents);
  pair(parents, children);
  pair(siblings, siblings);
  pair(grandchildren, grandparents);
  pair(grandparents, grandchildren);
  return table;
})();

const termsOf = (words: readonly string[]) => new Set(words.map((w) => normalizeTerm(w) ?? w));
const NAMED_BY = new Map(Object.entries(KIN_OF).map(([kin, named]) => [kin, termsOf(named)]));

/**
 * True when "<kin> of NAME" names NAME as another relative than the one the question's relation
 * terms ask for ("daughter of" asked for a husband); false for a word that is no kin word, or when
 * one of the asked terms is the kin the phrase names ("daughter of" asked for a father).
 */
export function namesOtherKin(kinWord: string, askedTerms: ReadonlySet<string>): boolean {
  const named = NAMED_BY.get(kinWord.toLowerCase());
  return named !== undefined && ![...named].some((t) => askedTerms.has(t));
}
