/**
 * Sources that speak of a fact but say its value is withheld: "signed … on a date redacted for
 * security reasons". They state no value, yet a reader should know of them.
 */
import type { AnswerType } from "../types.js";

const WITHHOLDING = /\b(redacted|undisclosed|not disclosed|withheld|not been (?:made public|disclosed|released)|unspecified|not specified|unknown|unnamed|classified|declined to (?:say|disclose|give|name))\b/i;

/** The nouns that show what is withheld is the kind of value asked for. */
const WHAT_IS_WITHHELD: Record<AnswerType, RegExp | undefined> = {
  date: /\b(date|day|time|when)\b/i,
  duration: /\b(period|duration|length|time)\b/i,
  number: /\b(number|figure|toll|count|amount|total|sum)\b/i,
  person: /\b(name|identity|official|person|who)\b/i,
  organization: /\b(name|identity|outlet|organi[sz]ation|company)\b/i,
  place: /\b(location|place|site|where)\b/i,
  text: undefined,
};

/** The word by which a sentence withholds a value of this type ("redacted"), if it does. */
export function withholds(sentence: string, type: AnswerType): string | undefined {
  const what = WHAT_IS_WITHHELD[type];
  if (!what || !what.test(sentence)) return undefined;
  return WITHHOLDING.exec(sentence)?.[1]?.toLowerCase();
}
