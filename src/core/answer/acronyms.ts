/**
 * Acronyms a question uses that the sources spell out ("the new CFO": "Chief Financial Officer";
 * "the Stratalyne MSA": "Master Services Agreement"). A sentence that writes the name out speaks
 * of the same thing as one that writes the acronym.
 */
import type { QuestionAnalysis } from "../question/analyze.js";
import type { CorpusView } from "./candidates.js";
import { findExpansions } from "../extract/text.js";
import { normalizeTerm, rawTokens, termsOf } from "../search/terms.js";
import { isKnownAcronym } from "../lexicon/wordnet.js";

/** Acronyms are short: "UN", "CFO", "NATO", "FIFA". Longer words are words. */
const ACRONYM_LETTERS = /^\p{L}{2,5}$/u;
/** Sentences searched for the acronym and its subject: a few documents' worth. */
const SENTENCES_SEARCHED = 40;
/** Documents read whole for a spelled-out name. */
const DOCUMENTS_READ = 8;
/** How often a lower-case phrase must spell the acronym to be taken for its name: once may be chance. */
const LOWERCASE_SIGHTINGS = 2;
/** A sentence mostly in capitals is a heading or a shout: its capitals do not mark an acronym. */
const MIN_LOWER_SHARE = 0.5;

/**
 * For each subject or relation word of the question that is an acronym, the index terms of the name the
 * documents spell it out with. A word is taken as an acronym when the question writes it in
 * capitals, when the documents do ("CFO" in running text) or WordNet files it as one, or when no
 * document uses it at all;
 * its name is the one most often spelled out, capitalized, in the documents that speak of the
 * question's subject.
 */
export function acronymSpellings(q: QuestionAnalysis, view: CorpusView): Record<string, string[]> {
  const spellings: Record<string, string[]> = {};
  const written = new Set(q.acronyms.map((a) => a.toLowerCase()));
  for (const word of new Set(rawTokens(q.question))) {
    const term = normalizeTerm(word);
    if (!term || !ACRONYM_LETTERS.test(word) || !(q.subjectTerms.includes(term) || q.relationTerms.includes(term)) || spellings[term]) continue;
    const acronym = word.toUpperCase();
    const known = view.index.has(term);
    const others = q.subjectTerms.filter((t) => t !== term);
    const sentences = known ? view.index.sentencesWith(term, SENTENCES_SEARCHED) : view.index.find(others, SENTENCES_SEARCHED).map((h) => h.sentence);
    // A word typed in lower case is an acronym where the documents write it so ("coo": "the COO"),
    // or where WordNet files it as one ("cfo").
    const inCapitals = new RegExp(`\\b${acronym}\\b`, "u");
    const asAcronym = !known || written.has(word.toLowerCase()) || isKnownAcronym(word) || sentences.some((s) => writesInCapitals(s.text, inCapitals));
    if (!asAcronym) continue;
    const docs = [...new Set(sentences.map((s) => s.docId))].slice(0, DOCUMENTS_READ);
    // Names spelled out in capitals first; a word no document uses ("ARR") may stand for a phrase
    // they write in lower case ("annual recurring revenue"), seen more than once.
    const spelled = (lowercase: boolean) => {
      const counts = new Map<string, number>();
      for (const id of docs)
        for (const s of view.sentencesOf(id))
          for (const e of findExpansions(s.text, acronym, lowercase)) {
            const phrase = e.value.toLowerCase();
            counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
          }
      const [phrase, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
      return phrase !== undefined && (!lowercase || count! >= LOWERCASE_SIGHTINGS) ? phrase : undefined;
    };
    const best = spelled(false) ?? (known || acronym.length < 3 ? undefined : spelled(true));
    const words = best ? termsOf(best) : [];
    if (words.length >= 2) spellings[term] = words;
  }
  return spellings;
}

/** The sentence writes the acronym (`inCapitals` matches it as a word) in capitals, in running text. */
function writesInCapitals(text: string, inCapitals: RegExp): boolean {
  if (!inCapitals.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.replace(/[^\p{Ll}]/gu, "").length >= MIN_LOWER_SHARE * letters.length;
}
