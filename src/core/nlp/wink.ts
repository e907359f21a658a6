/** One shared wink-nlp instance: loading the English model costs ~100 ms, so do it once. */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export const wink = winkNLP(model);
export const its = wink.its;

/** A text's wink tokens with their part-of-speech tags and the character offset each starts at. */
export interface TaggedText {
  words: string[];
  tags: string[];
  /** The white space before each token ("" where it is glued to the one before). */
  spaces: string[];
  starts: number[];
}

/** Tags a text with wink's part-of-speech tagger, keeping where each token stands in it. */
export function posTagged(text: string): TaggedText {
  const doc = wink.readDoc(text);
  const words: string[] = doc.tokens().out();
  const tags: string[] = doc.tokens().out(its.pos);
  const spaces: string[] = doc.tokens().out(its.precedingSpaces);
  const starts: number[] = [];
  let at = 0;
  words.forEach((w, i) => {
    at += (spaces[i] ?? "").length;
    starts.push(at);
    at += w.length;
  });
  return { words, tags, spaces, starts };
}
