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

/** The question words as one alternation, for the patterns below. */
const WH = WH_WORDS.join("|");

/** Thanks and asides typed after a question: "…, thanks!", "… pls", "… btw". */
const SIGN_OFF = /(?:[\s,;:.!?-]+(?:thanks|thank\s+you|thx|ty|pls|plz|please|btw|cheers|asap)(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?)+[\s,;:.!?]*$/i;

/**
 * A question typed in capitals ("WHO SIGNED THE MEMO") or with every word capitalized ("Who Signed
 * The Memo") says nothing by its capitals: read in lower case, its names are found again from the
 * corpus (see analyzeQuestion's isNameWord).
 */
function uncapitalized(text: string): string {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const shouted = words.length >= 2 && !/\p{Ll}/u.test(text);
  const titled = words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
  return shouted || titled ? text.toLowerCase() : text;
}

/**
 * Words that greet or lead in, said before a question in chat: "hey,", "quick question:", "so
 * who…". Only before punctuation or a question's first word: "Question Time host?" keeps its name.
 */
const LEAD_IN = new RegExp(
  `^(?:(?:hey|hi|hello|ok|okay|so|btw|also|sorry|um+|uh+|quick\\s+question|question)(?:\\s*[,:;!.-]+\\s*|\\s+(?=(?:${WH}|can|could|would|do|does|did|any|i|please|tell|remind|so|ok|okay|also|btw|quick)\\b)))+(?=\\S)`,
  "i",
);
/**
 * A request or a wish to know that wraps the question: "can you tell me who…", "do you know
 * when…", "any idea where…", "I was wondering who…". What follows is the question, in the order
 * of a statement ("who the new CFO is"), or what is asked for ("do you know the date of the outage").
 */
const WRAPPER =
  /^(?:(?:can|could|would|will)\s+(?:you|someone|anyone|somebody|anybody)\s+(?:please\s+)?(?:tell|remind|show)\s+(?:me|us)|(?:do|does)\s+(?:you|anyone|anybody|someone|somebody)\s+(?:happen\s+to\s+)?(?:know|remember|recall)|(?:any|some)\s+idea|(?:i|we)(?:\s+(?:was|were|am|are))?\s+(?:wondering|curious)|(?:i|we)(?:\s+(?:want|need|would\s+like)|['’]d\s+like)\s+to\s+know|i\s+(?:wonder|forget|forgot|can\s+not\s+remember|cannot\s+remember|do\s+not\s+know)|(?:please\s+)?(?:tell|remind)\s+(?:me|us))\b(?:\s+(?:about\s+)?(?:this|that))?[\s,:]*(?:please[\s,]+)?/i;

/** A wrapped question: a wh-word, perhaps after a preposition ("until when is he staying"). */
const WRAPPED_QUESTION = new RegExp(`^(?:(?:until|till|since|from|by|in|on|at|for|to)\\s+)?(?:${WH})\\b`, "i");
/** A wrapped yes-or-no question or a topic ("I wonder if…", "tell me about…"): the wrapper is its reading. */
const NOT_A_QUESTION = /^(?:if|whether|about)\b/i;

/** An auxiliary a statement-ordered question keeps near its end: "(who the new CFO) is", "(when the MSA) was (signed)". */
const TRAILING_AUX = /^(.*?)\s+(is|are|was|were|will\s+be|has\s+been|had\s+been)((?:\s+[\p{L}-]+){0,2})$/iu;

/**
 * A question asked inside a request ("can you tell me where the office is") put back in a
 * question's order ("where is the office"): its wh-phrase, the auxiliary, then the rest.
 */
function asDirectQuestion(clause: string): string {
  const words = clause.split(" ");
  // "until when is he staying": the preposition goes with the wh-word.
  const wh = words[0]!.toLowerCase();
  if (!WH_WORDS.includes(wh)) return `${words[0]} ${asDirectQuestion(words.slice(1).join(" "))}`;
  // The wh-phrase: "how many customers", "what year", "which company"; "what the date … is" keeps "what" alone.
  let end = 1;
  if (wh === "how" && words[1]) end = /^(many|much)$/i.test(words[1]) && words[2] && !AUX.test(words[2]) ? 3 : 2;
  else if (/^(what|which|whose)$/.test(wh) && words[1] && !AUX.test(words[1]) && !/^(the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i.test(words[1])) end = 2;
  if (words[end] && AUX.test(words[end]!)) return clause;
  const rest = words.slice(end).join(" ");
  const moved = TRAILING_AUX.exec(words.slice(1).join(" "));
  // "what Hannah's salary is": a copula last asks "what is …", the wh-word alone.
  if (moved && !moved[3] && wh === "what") return `${words[0]} ${moved[2]} ${moved[1]}`;
  const movedAfter = TRAILING_AUX.exec(rest);
  if (movedAfter) return `${words.slice(0, end).join(" ")} ${movedAfter[2]} ${movedAfter[1]}${movedAfter[3]}`;
  // "how many customers Corvane has": the verb "have", asked with "does".
  const had = /^(.*\S)\s+(has|have|had)$/i.exec(rest);
  if (had) return `${words.slice(0, end).join(" ")} ${/^had$/i.test(had[2]!) ? "did" : "does"} ${had[1]} have`;
  return clause;
}

/** Repairs a misspelled question word ("wen" → "when", "hw" → "how") by one edit. */
export function fixQuestionWord(word: string): string {
  const w = word.toLowerCase();
  if (WH_WORDS.includes(w) || w.length < 2) return w;
  const near = WH_WORDS.find((q) => distance(q, w) === 1 && Math.abs(q.length - w.length) <= 1);
  return near ?? w;
}

/** The question with contractions spelled out and its first word repaired, keeping each word's case. */
export function readableQuestion(question: string): string {
  let text = uncapitalized(question.trim().replace(/\s+/g, " ").replace(SIGN_OFF, "").replace(/[\s?!.]+$/g, ""));
  // "whats" is "what is" only where a question word stands: "Whose" and "This" stay.
  text = text.replace(WH_IS, (m, wh: string) => (/^(what|who|where|when|how|why)$/i.test(wh) || /['’]/.test(m) ? `${wh} is` : m));
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text.replace(LEAD_IN, "");
  const wrapper = WRAPPER.exec(text);
  const wrapped = wrapper ? text.slice(wrapper[0].length) : "";
  if (WRAPPED_QUESTION.test(wrapped)) text = asDirectQuestion(wrapped);
  else if (wrapped && !NOT_A_QUESTION.test(wrapped)) text = wrapped;
  const first = /^\S+/.exec(text)?.[0] ?? "";
  const fixed = fixQuestionWord(first);
  if (fixed !== first.toLowerCase()) text = (/^\p{Lu}/u.test(first) ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed) + text.slice(first.length);
  return text;
}
