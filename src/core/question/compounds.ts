/**
 * A closed compound the question writes and the documents write open: "landmine" for "land
 * mines", "headcount" for "head count". The index joins an open pair only where the corpus also
 * writes it closed (search/terms.ts); this is the other way round, for the question's words.
 */
import { normalizeTerm } from "../search/terms.js";
import { isEnglishWord } from "../lexicon/wordnet.js";

/** Each part is a word of its own: "land" + "mine", never "l" + "andmine". */
const MIN_PART = 3;

/**
 * The index terms of the two words a closed compound splits into, when both are English words
 * the corpus uses and it writes them side by side (`adjacent` checks the text); else undefined.
 */
export function openSpelling(word: string, known: (term: string) => boolean, adjacent: (first: string, second: string) => boolean): string[] | undefined {
  if (!/^\p{L}+$/u.test(word)) return undefined;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const first = word.slice(0, i);
    const second = word.slice(i);
    const a = normalizeTerm(first);
    const b = normalizeTerm(second);
    if (a && b && known(a) && known(b) && isEnglishWord(first) && isEnglishWord(second) && adjacent(first, second)) return [a, b];
  }
  return undefined;
}
