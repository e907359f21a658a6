/**
 * A question as people type it in chat, made readable: contractions spelled out ("what's" →
 * "what is"), a misspelled question word repaired ("wen" → "when"), trailing punctuation gone.
 * Possessives stay ("Hegseth's memo").
 */
import { distance } from "fastest-levenshtein";

export const WH_WORDS = ["when", "who", "whom", "whose", "where", "what", "which", "how", "why"];
/** Auxiliaries that open a question ("when was…", "did…") or stand before its verb. */
export const AUX = /^(is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might)$/;
/** Pronouns that open a relative clause ("the company that bought Orvale"). */
export const RELATIVE_PRONOUN = /^(that|which|who|whom|whose)$/;

/** A question word run together with "is" ("whats", "wheres"), or its contraction ("what's"). */
const WH_IS = /\b(what|who|where|when|how|why|which|that)(?:['’]s|s)\b/gi;
const CONTRACTIONS: [RegExp, string][] = [
  // "when'd", "where'd": "did" after a question word.
  [/\b(when|where|who|what|how|why)['’]d\b/gi, "$1 did"],
  // "how long's", "how much's": "is" after a question's wh-phrase.
  [/\b(how (?:long|much|many|old|far|big))['’]s\b/gi, "$1 is"],
  [/\b(can)['’]t\b/gi, "$1 not"],
  [/\bwon['’]t\b/gi, "will not"],
  [/\b(\w+)n['’]t\b/gi, "$1 not"],
  [/\b(\w+)['’]re\b/gi, "$1 are"],
  [/\b(\w+)['’]ve\b/gi, "$1 have"],
  [/\b(\w+)['’]ll\b/gi, "$1 will"],
];

/** Repairs a misspelled question word ("wen" → "when", "hw" → "how") by one edit. */
export function fixQuestionWord(word: string): string {
  const w = word.toLowerCase();
  if (WH_WORDS.includes(w) || w.length < 2) return w;
  const near = WH_WORDS.find((q) => distance(q, w) === 1 && Math.abs(q.length - w.length) <= 1);
  return near ?? w;
}

/** The question with contractions spelled out and its first word repaired, keeping each word's case. */
export function readableQuestion(question: string): string {
  let text = question.trim().replace(/\s+/g, " ");
  // "whats" is "what is" only where a question word stands: "Whose" and "This" stay.
  text = text.replace(WH_IS, (m, wh: string) => (/^(what|who|where|when|how|why)$/i.test(wh) || /['’]/.test(m) ? `${wh} is` : m));
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  const first = /^\S+/.exec(text)?.[0] ?? "";
  const fixed = fixQuestionWord(first);
  if (fixed !== first.toLowerCase()) text = (/^\p{Lu}/u.test(first) ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed) + text.slice(first.length);
  return text.replace(/[\s?!.]+$/g, "");
}
