/**
 * Parts of speech of a question's words, by wink-nlp's tagger (more robust than compromise on the
 * lower-case, terse wordings of chat), aligned to the raw tokens the rest of the reader uses
 * (search/terms.ts): which words are verbs (they end the noun asked for: "which shipyard built…"),
 * nouns, names and plurals.
 */
import { posTagged } from "../nlp/wink.js";
import { rawTokens, tokenOffsets } from "../search/terms.js";
import { isPlural } from "./nouns.js";

export interface TaggedWord {
  /** Lower case, as rawTokens gives it, without a possessive "'s". */
  word: string;
  verb: boolean;
  noun: boolean;
  /** Capitalized past the first word, or tagged a proper noun. */
  name: boolean;
  plural: boolean;
  adjective: boolean;
  preposition: boolean;
  /** Written with a possessive "'s": "which country's defense" asks for the country. */
  possessive: boolean;
}

/** Tags each raw token of a question (contractions already spelled out). */
export function tagWords(question: string): TaggedWord[] {
  const { words, tags, starts } = posTagged(question);
  // The tag of the wink token that covers a character offset.
  const tagAt = (offset: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return tags[k] ?? "";
  };
  const offsets = tokenOffsets(question);
  return rawTokens(question).map((token, i) => {
    const offset = offsets[i] ?? 0;
    const tag = tagAt(offset);
    // Past the first word a capital makes a name; the first word is one only when the tagger says so.
    const capital = i > 0 && /^\p{Lu}/u.test(question.slice(offset, offset + 1));
    const word = token.replace(/['’]s$/, "");
    const noun = tag === "NOUN" || tag === "PROPN" || tag === "NUM";
    return {
      word,
      verb: tag === "VERB",
      noun,
      name: capital || (tag === "PROPN" && (i > 0 || /^\p{Lu}/u.test(question.slice(offset, offset + 1)))),
      plural: noun && tag !== "PROPN" && isPlural(word),
      adjective: tag === "ADJ",
      preposition: tag === "ADP",
      possessive: /['’]s$/.test(token),
    };
  });
}
