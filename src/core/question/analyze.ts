/**
 * Reads a question: what kind of answer it wants (from its form: "when", "how many", "who",
 * "which newspaper"…), the noun it asks about ("population", "newspaper"), and which of its words
 * name the subject (nouns: "memo", "Finland") and which the relation ("signed", "withdraw").
 */
import nlp from "compromise";
import { distance } from "fastest-levenshtein";
import type { AnswerType } from "../types.js";
import { normalizeTerm, rawTokens, tokenOffsets } from "../search/terms.js";
import { TITLE_WORDS } from "../lexicon/titles.js";

export interface QuestionAnalysis {
  question: string;
  answerType: AnswerType;
  /** The noun the question asks for ("population", "sport", "newspaper"), lower-cased. */
  focus?: string;
  /** For "how many X": the index terms a stating number may count ("dai"; for a population, "peopl", "inhabit"…). */
  unit?: string;
  units?: string[];
  /** Index terms of the subject's nouns and names: what a stating sentence must be about. */
  subjectTerms: string[];
  /** Index terms of the rest: verbs, adjectives, the focus noun. */
  relationTerms: string[];
  /** For a relation term, other index terms that say the same ("establish" → "found", "form"…). */
  relationAlternatives: Record<string, string[]>;
  /** …and index terms that state a near relation ("built" → "founded", "opened"): less sure, still telling. */
  relationNear?: Record<string, string[]>;
  /** Subject terms written as a name (capitalized after the first word, or quoted): a source about the subject names it. */
  nameTerms: string[];
  /** The question names a person ("When was Harry Parkes born?"): a namesake shares half the name. */
  namesPerson: boolean;
  /** Words of the question as written that could be mistaken for an answer (its own names, numbers). */
  ownWords: Set<string>;
  /** Words written as acronyms ("IGY", "YHSS"), as written: a source may spell them out. */
  acronyms: string[];
  /** Index terms of titles before the subject's name ("Justice" in "Justice Dunn"): a source may leave them out. */
  titleTerms: string[];
  /**
   * Relation terms that hedge or scope an asked measure ("estimated", "total"): a sentence with
   * them fits better, one without still states the measure.
   */
  hedgeTerms?: string[];
  /** Titles the question quotes ("The Love Album"), as lower-case words: a source about the work writes them so. */
  titles: string[][];
}

const WH_WORDS = ["when", "who", "whom", "whose", "where", "what", "which", "how", "why"];

const PLACE_NOUNS = /^(country|countries|city|cities|town|village|place|region|state|province|county|location|continent|area|nation|capital|island|peninsula|territory|district|neighbou?rhood|venue|site)$/;
const ORG_NOUNS = /^(newspaper|paper|outlet|publication|magazine|company|firm|organi[sz]ation|agency|group|team|club|network|broadcaster|channel|university|college|school|institution|bank|ministry|department|government|administration|court|committee|council|union|band|label|publisher|airline|brand|station|studio|army|military|body|NGO|charity)$/i;
const PERSON_NOUNS = /^(person|people|man|woman|official|leader|president|secretary|minister|author|writer|director|actor|actress|artist|singer|player|founder|ceo|chairman|chair|spokesperson|spokesman|spokeswoman|general|judge|senator|governor|mayor|king|queen|composer|producer|designer|architect|coach|member)$/i;
const NUMBER_NOUNS = /^(population|income|salary|gdp|number|length|height|width|depth|area|size|amount|total|count|cost|price|age|percentage|percent|rate|toll|budget|capacity|elevation|altitude|distance|weight|speed|score|revenue|attendance)$/i;
const DATE_NOUNS = /^(year|date|day|month|decade|century|time)$/i;
/**
 * Words that hedge or scope an asked measure ("the estimated population", "the total
 * population"): sources state the measure with or without them, so they neither name the subject
 * nor a relation a source must state.
 */
const MEASURE_HEDGES = new Set(["estimated", "approximate", "total", "current", "overall", "exact", "official", "present"]);
/** Nouns that shape a question without naming its subject ("the type of institution"). */
const GENERIC_NOUNS = new Set(["type", "kind", "sort", "name", "thing", "one", "ones", "term", "word", "abbreviation", "acronym", "initialism"]);

/**
 * Words that state the same relation, as sources vary them ("When was it established?" — "it
 * was founded in 1856"). General English, not tied to any corpus. A verb whose base form
 * lemmatizes as another verb is written inflected: "found" would be read as the past of "find".
 */
const RELATION_WORDS = [
  "establish founded form create start begin open launch inaugurate incorporate",
  "build construct erect complete",
  "born birth",
  "die death",
  "release publish issue",
  "marry wed husband wife spouse",
  "direct director",
  "compose composer",
  "write writer author",
  "produce producer",
  "design designer architect",
  "leave withdraw quit exit",
  "sign signature",
].map((group) => group.split(" "));
let relationGroups: string[][] | undefined;
/**
 * Groups whose relations often date one event: a fort "founded" or a station "opened" when it was
 * built, a school "established" when its building was.
 */
const NEAR_GROUPS = [["build", "establish"]];

/** The other terms of a relation term's group, if it has one. */
function alternativesOf(term: string): string[] {
  relationGroups ??= RELATION_WORDS.map((g) => [...new Set(g.map((w) => normalizeTerm(w) ?? w))]);
  const group = relationGroups.find((g) => g.includes(term));
  return group ? group.filter((t) => t !== term) : [];
}

/** The terms of the groups near a relation term's group. */
function nearTermsOf(term: string): string[] {
  const own = [term, ...alternativesOf(term)];
  const near = NEAR_GROUPS.find((pair) => pair.some((w) => own.includes(normalizeTerm(w) ?? w)));
  if (!near) return [];
  return near.flatMap((w) => [normalizeTerm(w) ?? w, ...alternativesOf(normalizeTerm(w) ?? w)]).filter((t) => !own.includes(t));
}

/** What a number stating a measure counts, when the question names the measure, not the things. */
const COUNTED_BY: Record<string, string[]> = {
  population: ["people", "inhabitants", "residents", "persons", "population"],
  age: ["years", "year-old"],
  toll: ["people", "dead", "deaths", "killed"],
  attendance: ["people", "spectators", "visitors"],
};

/** Repairs a misspelled question word ("wen" → "when", "hw" → "how") by one edit. */
function fixQuestionWord(word: string): string {
  const w = word.toLowerCase();
  if (WH_WORDS.includes(w) || w.length < 2) return w;
  const near = WH_WORDS.find((q) => distance(q, w) === 1 && Math.abs(q.length - w.length) <= 1);
  return near ?? w;
}

/** The first noun after a position: "which newspaper", "what sport is". */
function nounAfter(words: string[], i: number): string | undefined {
  for (let j = i; j < Math.min(words.length, i + 3); j++) {
    const w = words[j]!;
    if (/^(is|was|are|were|did|does|do|the|a|an|of|kind|type|sort|current|former|present|first|main|original|late)$/.test(w)) continue;
    return w;
  }
  return undefined;
}

/** The answer type a noun asks for ("date" → date, "newspaper" → organization), if any. */
function typeOfNoun(noun: string): AnswerType | undefined {
  if (DATE_NOUNS.test(noun)) return "date";
  if (PLACE_NOUNS.test(noun)) return "place";
  if (ORG_NOUNS.test(noun)) return "organization";
  if (PERSON_NOUNS.test(noun)) return "person";
  if (NUMBER_NOUNS.test(noun)) return "number";
  return undefined;
}

/**
 * The head noun of a "what/which" phrase: the first of the next few words that names a type
 * ("the release date", "the estimated population", "political party"), else the first noun.
 */
function headNoun(words: string[], from: number): string | undefined {
  // "the type of institution": "of" after a generic noun continues the phrase; any other "of" ends it.
  const window = words.slice(from, from + 5).filter((w, i, all) => !/^(the|a|an|kind|type|sort)$/.test(w) && !(w === "of" && /^(kind|type|sort)$/.test(all[i - 1] ?? "")));
  const stop = window.findIndex((w) => /^(is|was|are|were|did|does|do|has|have|had|of|in|on|for|by|where|when|who|which|that)$/.test(w));
  let phrase = stop >= 0 ? window.slice(0, stop) : window;
  // After an article, a participle or a preposition ends the phrase too ("the primary instrument
  // played by…", "the medium associated with…"); without one the words are a name ("What is
  // Robin Wright known for?").
  if (/^(the|a|an)$/.test(words[from] ?? "")) {
    const end = phrase.findIndex((w) => /^(to|with|as|at|from|about|associated|played|known|called|named|used|located|based)$/.test(w));
    if (end > 0) phrase = phrase.slice(0, end);
  }
  // The head of a noun phrase is its last noun: "the total population" asks for a population.
  const typed = phrase.filter((w) => typeOfNoun(w));
  return typed[typed.length - 1] ?? phrase[phrase.length - 1] ?? window[0];
}

function classify(words: string[]): { answerType: AnswerType; focus?: string } {
  // "…was formed in which year?", "in what city…": the wh-phrase need not come first.
  const wh = words.findIndex((w, i) => (w === "which" || w === "what") && i > 0 && /^(in|on|at|by|of|for|during)$/.test(words[i - 1] ?? ""));
  const first = wh > 0 ? words.slice(wh) : words[0] === "in" || words[0] === "on" || words[0] === "at" || words[0] === "by" ? words.slice(1) : words;
  const [q = "", n1 = ""] = first;
  const aux = /^(is|was|are|were|did|does|do)$/;
  if (q === "how") {
    if (n1 === "long") return { answerType: "duration" };
    if (n1 === "many" || n1 === "much" || n1 === "old" || n1 === "far" || n1 === "big" || n1 === "large" || n1 === "tall")
      return { answerType: "number", focus: n1 === "many" || n1 === "much" ? first[2] : n1 };
  }
  if (q === "when") return { answerType: "date" };
  if (q === "who" || q === "whom" || q === "whose") {
    // "who is the director of …": the office asked about is the focus.
    const office = aux.test(n1) ? nounAfter(first, 2)?.replace(/s$/, "") : undefined;
    // "Who is the band associated with…" asks for a band as "Who is the band of…" does.
    const named = office && (first.includes("of") || PERSON_NOUNS.test(office) || ORG_NOUNS.test(office));
    return { answerType: "person", focus: named ? office : undefined };
  }
  if (q === "where") return { answerType: "place" };
  if (q === "what" || q === "which") {
    const focus = headNoun(first, aux.test(n1) ? 2 : 1);
    // A quoted title ("What is "The 1975"?") is the subject, not a noun asked for.
    if (!focus || /["“”]/.test(focus)) return { answerType: "text" };
    return { answerType: typeOfNoun(focus) ?? "text", focus };
  }
  return { answerType: "text" };
}

/** Analyzes a question. */
export function analyzeQuestion(question: string): QuestionAnalysis {
  const words = question
    .toLowerCase()
    .replace(/[?!.]+$/g, "")
    .split(/\s+/)
    .filter(Boolean);
  if (words[0]) words[0] = fixQuestionWord(words[0]);
  let { answerType, focus } = classify(words);
  let unit: string | undefined;
  if (answerType === "number" && focus) unit = normalizeTerm(focus) ?? undefined;
  const units = unit ? [unit, ...(COUNTED_BY[focus ?? ""] ?? []).map((w) => normalizeTerm(w) ?? w)] : undefined;
  // "who is the director of" asks for a person; "who published" may be an organization: both fine.
  if (answerType === "person" && focus && ORG_NOUNS.test(focus)) answerType = "organization";

  // Nouns and names name the subject; everything else is relation.
  const doc = nlp(question);
  const nounText = new Set<string>();
  for (const t of doc.match("(#Noun|#Value|#Acronym)").out("array") as string[]) for (const tok of rawTokens(t)) nounText.add(tok);
  const quoted = question.match(/["“]([^"”]+)["”]/g) ?? [];
  for (const q of quoted) for (const tok of rawTokens(q)) nounText.add(tok);
  const subject = new Set<string>();
  const relation = new Set<string>();
  const focusTerm = focus ? normalizeTerm(focus) : null;
  const ownWords = new Set<string>();
  const names = new Set<string>();
  const quotedTokens = new Set(quoted.flatMap((q) => rawTokens(q)));
  const titleTerms = new Set<string>();
  const hedges = new Set<string>();
  // Each token as written, to see its capital.
  const written = tokenOffsets(question).map((at) => question.slice(at, at + 1));
  rawTokens(question).forEach((tok, i) => {
    if (i === 0) tok = fixQuestionWord(tok);
    // A hyphenated word is indexed closed ("anti-personnel" → "antipersonnel"), so ask for that.
    const term = normalizeTerm(tok.replace(/-/g, ""));
    if (!term || WH_WORDS.includes(tok)) return;
    if (answerType === "number" && MEASURE_HEDGES.has(tok) && !/^\p{Lu}/u.test(written[i] ?? "")) {
      relation.add(term);
      hedges.add(term);
      return;
    }
    if (/^\d/.test(tok) || /^\p{Lu}/u.test(written[i] ?? "")) ownWords.add(tok);
    // A quoted title is the subject's name, every word of it ("The Lost Prince").
    if (!quotedTokens.has(tok) && TITLE_WORDS.has(tok) && term !== focusTerm) titleTerms.add(term);
    // So is an office written as a name ("the current Minister of Immigration"), though it is asked for.
    const officeName = term === focusTerm && i > 0 && /^\p{Lu}/u.test(written[i] ?? "") && /^of$/i.test(rawTokens(question)[i + 1] ?? "");
    if (!quotedTokens.has(tok) && !officeName && (term === focusTerm || term === unit || GENERIC_NOUNS.has(tok) || TITLE_WORDS.has(tok))) relation.add(term);
    else {
      // A word written as a name (capitalized past the first word, or quoted) is the subject's,
      // whatever part of speech the tagger guessed for it.
      const asName = i > 0 && (/^\p{Lu}/u.test(written[i] ?? "") || quotedTokens.has(tok));
      if (asName) names.add(term);
      // "When did Akarin debut?": the word after the named subject is its verb, however tagged.
      const verbAfterName = !asName && /^when\s+(?:did|does|do)\b/i.test(question) && i === written.length - 1 && i > 2 && written.slice(2, i).every((w) => /^\p{Lu}/u.test(w));
      if (verbAfterName) relation.add(term);
      else if (asName || nounText.has(tok)) subject.add(term);
      else relation.add(term);
    }
  });
  for (const q of quoted) for (const tok of rawTokens(q)) ownWords.add(tok);
  // A question with no noun ("who signed it?") is all relation: let those words be the subject.
  if (subject.size === 0) for (const r of relation) if (r !== focusTerm && r !== unit) subject.add(r);
  for (const s of subject) relation.delete(s);
  // "What year was it released?": a source answers "released in 1990", without the word "year".
  if (answerType === "date" && focusTerm && focus && DATE_NOUNS.test(focus)) relation.delete(focusTerm);
  return {
    question,
    answerType,
    focus: focus ?? undefined,
    unit,
    units,
    subjectTerms: [...subject],
    relationTerms: [...relation],
    relationAlternatives: Object.fromEntries([...relation].map((t) => [t, alternativesOf(t)]).filter(([, alts]) => alts!.length)),
    relationNear: Object.fromEntries([...relation].map((t) => [t, nearTermsOf(t)]).filter(([, near]) => near!.length)),
    nameTerms: [...names].filter((t) => subject.has(t)),
    namesPerson: doc.people().found,
    ownWords,
    titles: quoted.map((q) => rawTokens(q)).filter((t) => t.length > 1),
    titleTerms: [...titleTerms].filter((t) => relation.has(t)),
    hedgeTerms: [...hedges].filter((t) => relation.has(t)),
    acronyms: [...new Set(question.match(/\b\p{Lu}{2,6}\b/gu) ?? [])],
  };
}
