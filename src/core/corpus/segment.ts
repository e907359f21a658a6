/**
 * Sentence segmentation with wink-nlp: it knows that "U.S." and "Dec." do not end a sentence,
 * and it is fast enough for tens of thousands of articles.
 */
import { wink } from "../nlp/wink.js";

/** Splits a paragraph into sentences, each trimmed and verbatim. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  return wink
    .readDoc(text)
    .sentences()
    .out()
    .map((s: string) => s.trim())
    .filter((s: string) => s.length > 0);
}
