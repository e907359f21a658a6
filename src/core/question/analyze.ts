/**
 * Reads a question: what kind of answer it wants (from its form: "when", "how many", "who",
 * "which newspaper"…), the noun it asks about ("population", "newspaper"), and which of its words
 * name the subject (nouns: "memo", "Finland") and which the relation ("signed", "withdraw").
 */
import nlp from "compromise";
import type { AnswerType } from "../types.js";
import { normalizeTerm, rawTokens, tokenOffsets } from "../search/terms.js";
import { TITLE_WORDS } from "../lexicon/titles.js";
import { MONTHS } from "../lexicon/calendar.js";
import { AUX, readableQuestion, RELATIVE_PRONOUN, WH_WORDS } from "./words.js";
import { COUNT_NOUNS, questionForm, verbAfterPlural } from "./form.js";
import { tagWords, type TaggedWord } from "./tags.js";
import { isEnglishWord, isInflectedVerb, isNoun, isVerb, nounSense, nounSynonymsOf, synonymsOf } from "../lexicon/wordnet.js";
import { isListedNoun, singular, typeOfNoun } from "./nouns.js";

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
  /**
   * Subject terms from English adjectives ("western" of "the western terminus"): a source may
   * describe the thing otherwise, so a corpus that never uses the word still speaks of it.
   */
  modifierTerms?: string[];
  /** Index terms of the rest: verbs, adjectives, the focus noun. */
  relationTerms: string[];
  /**
   * The question's own verb, when it names the deed asked about ("quit" in "when did Finland quit
   * the treaty"): not a copula, a light verb or a hedge.
   */
  deedTerm?: string;
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
  /** For a subject word that is an acronym, the index terms of the name sources spell it out with ("cfo" → chief, financial, officer). Set against the corpus. */
  spelledOut?: Record<string, string[]>;
  /** Index terms of titles before the subject's name ("Justice" in "Justice Dunn"): a source may leave them out. */
  titleTerms: string[];
  /**
   * Relation terms that hedge or scope an asked measure ("estimated", "total"): a sentence with
   * them fits better, one without still states the measure.
   */
  hedgeTerms?: string[];
  /**
   * Hedges that order events ("first", "latest", "former"): they pick which of the subject's
   * events is asked for, so a value is placed by them, not by the subject alone.
   */
  orderTerms?: string[];
  /** Years the question offers to choose from ("is it from 1997 or 1999?"): the answer is one of them. */
  choices?: string[];
  /** Names the asker sets aside ("besides the US", "other than Finland"), as written: they answer nothing. */
  excluded?: string[];
  /** Titles the question quotes ("The Love Album"), as lower-case words: a source about the work writes them so. */
  titles: string[][];
  /** The question asks for several items ("Which countries…", "Who are the…"). */
  asksList?: boolean;
  /**
   * The head of the question's first noun phrase among its subject words: "memo" in "when was the
   * mine memo signed", "Finland" in "when did Finland withdraw…". A sentence without it speaks of
   * something else of the same kind (the treaty's signing, not the memo's).
   */
  headTerm?: string;
  /** The question asks for no single value ("why…", "what happened…"): the answer is what each source says. */
  asksPassages?: boolean;
}

export interface ReadingOptions {
  /** Whether the corpus writes a lower-case word as a name ("finland" → Finland): names are the subject's. */
  isNameWord?: (word: string) => boolean;
}

/**
 * Words that hedge or scope an asked measure ("the estimated population", "the total
 * population"): sources state the measure with or without them, so they neither name the subject
 * nor a relation a source must state.
 */
const MEASURE_HEDGES = new Set(["estimated", "approximate", "total", "current", "overall", "exact", "official", "present"]);
/** Words that order or time an event rather than name what it is about ("first reported", "the latest figure"). */
const ORDERING = new Set(["different", "various", "first", "last", "latest", "recent", "recently", "initially", "originally", "finally", "ever", "new", "next", "previous", "former", "old", "current", "now", "final", "main"]);
/** Words that place a time within a period ("at the end of 2025", "the start of the season"). */
const PERIOD_PARTS = new Set(["start", "end", "beginning", "middle", "close", "turn", "outset", "half"]);
/** What such a part is of: a year, a month or a period. */
const PERIODS = new Set([...MONTHS, ..."year month week season quarter decade century term window campaign period day summer winter spring autumn fall".split(" ")]);
const isPeriod = (word: string) => /^\d{4}$/.test(word) || PERIODS.has(word);
/** "at the end of 2025": the part of a period the question is placed in, no subject a source names. */
function partOfPeriod(tokens: readonly string[], i: number): boolean {
  if (!PERIOD_PARTS.has(tokens[i] ?? "") || tokens[i + 1] !== "of") return false;
  let j = i + 2;
  while (/^(?:the|this|that|last|next|a|an|its|their|our|each|every|fiscal|financial|calendar|\d{4}[-–/]?\d{0,4})$/.test(tokens[j] ?? "") && !isPeriod(tokens[j] ?? "")) j++;
  return isPeriod(tokens[j] ?? "");
}
/** What people call the documents themselves ("in these articles", "do any of the reports say"). */
const DOCUMENT_NOUNS = new Set(["article", "report", "source", "story", "piece", "document", "doc", "file"]);
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
  "sign signature date",
  "succeed replace predecessor successor precede",
  // A dimension asked by its adjective is stated by its noun ("how long is the river": "Length: 41 mi").
  "long length",
  "tall height",
  "wide width",
  "deep depth",
  "far distance",
  "heavy weight",
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

/**
 * Verbs so general that sharing a sense with one says nothing ("cost" is "be", "pay" is "give"):
 * they are never taken as another word for the relation asked about.
 */
const LIGHT_VERBS = new Set("be become have go get give make take do come pass put set turn hold stand find run see let keep bring carry move happen chance".split(" "));
/** Index terms of the verbs that name no relation of their own ("When did X become duke?"): never a relation word a source must state. */
let lightTerms: Set<string> | undefined;
const isLightTerm = (term: string) => (lightTerms ??= new Set([...LIGHT_VERBS].map((v) => normalizeTerm(v)).filter((t): t is string => !!t))).has(term);

/**
 * Other words for a relation word, from WordNet's first senses ("quit": resign, cease; "sack":
 * dismiss, fire): heard as a near relation, since a word's senses are many and a source's may
 * be another.
 */
function synonymTerms(word: string | undefined, term: string): string[] {
  if (!word || LIGHT_VERBS.has(word)) return [];
  return synonymsOf(word)
    .filter((w) => !LIGHT_VERBS.has(w))
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => !!t && t !== term);
}

/** The terms of the groups near a relation term's group. */
function nearTermsOf(term: string): string[] {
  const own = [term, ...alternativesOf(term)];
  const near = NEAR_GROUPS.find((pair) => pair.some((w) => own.includes(normalizeTerm(w) ?? w)));
  if (!near) return [];
  return near.flatMap((w) => [normalizeTerm(w) ?? w, ...alternativesOf(normalizeTerm(w) ?? w)]).filter((t) => !own.includes(t));
}

/** Verbs of an event's beginning: said of an event noun, they add nothing its date does not say. */
const BEGINNING_VERBS = ["start", "begin", "commence"];
let beginnings: Set<string> | undefined;
const beginningTerms = () => (beginnings ??= new Set(BEGINNING_VERBS.map((v) => normalizeTerm(v)).filter((t): t is string => !!t)));
/** A noun whose first sense is something that happens (an attack, a strike, a festival), not a thing or a writing. */
function namesEvent(noun: string): boolean {
  const sense = nounSense(singular(noun.toLowerCase()));
  return !!sense && (sense.class === "time" || ["event", "act", "phenomenon"].some((k) => sense.above.has(k)));
}

/** Words that ask without naming anything: "list the clubs…", "tell me who…". */
const COMMAND_WORDS = new Set(["list", "name", "give", "show", "tell", "explain", "describe", "summarize", "summarise"]);

/** Words that frame the question's time or order but name nothing a source must say: "till when", "since when". */
const QUESTION_FUNCTION_WORDS = new Set(["till", "until", "since", "vs", "v"]);

/**
 * Adverbs of the asker's stance, not of the fact: "which company is actually building the line",
 * "when will people really be able to ride it", "roughly how many". No source states them.
 */
const STANCE_ADVERBS = new Set([
  "actually", "really", "truly", "exactly", "precisely", "basically", "literally", "indeed", "ever", "even",
  "certainly", "definitely", "honestly", "supposedly", "apparently", "roughly", "approximately",
]);

/**
 * The main verb of a question with "did/does/do/will…": the first word after the auxiliary's
 * subject that the tagger reads as a verb, or that English knows as a verb right after a name or
 * noun ("did Dunmore pay", "did the council give"); the tagger often reads it as a noun.
 */
function mainVerbAfterAuxiliary(words: readonly TaggedWord[]): number | undefined {
  const aux = words.findIndex((w, i) => i <= 3 && /^(did|does|do|will|would|can|could|should|has|have|had)$/.test(w.word));
  if (aux < 0) return verbAfterWho(words) ?? verbAfterWhichNoun(words);
  /** A word after a noun that could be a verb ("did the Velmora plant open"). */
  const couldBeVerb = (i: number) => {
    const w = words[i]!;
    const before = words[i - 1]!;
    // A noun that could be a verb is still the subject's when a verb follows.
    const next = words[i + 1];
    const verbFollows = next !== undefined && !next.name && !next.preposition && (next.verb || isVerb(next.word));
    return i > aux + 1 && !w.name && !w.plural && (before.name || before.noun) && isVerb(w.word) && !verbFollows;
  };
  // "did the jan 14 route api outage last": of two such words, one that closes the question (at its
  // end, or before a preposition) is the verb; the first is a noun used as a modifier. Not past a
  // determiner, which opens the first word's object ("did the US drop its mine ban").
  const closes = (i: number) => i === words.length - 1 || !!words[i + 1]?.preposition;
  const opensObject = (i: number) => /^(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)$/i.test(words[i]!.word);
  for (let i = aux + 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.preposition) return undefined;
    if (w.verb && !w.name) return i;
    if (!couldBeVerb(i)) continue;
    if (closes(i)) return i;
    for (let j = i + 1; j < words.length && !words[j]!.preposition && !words[j]!.verb && !opensObject(j); j++) if (couldBeVerb(j) && closes(j)) return j;
    return i;
  }
  return undefined;
}

/** "which companies bid for the contract": the verb right after the plural noun asked for (see verbAfterPlural). */
function verbAfterWhichNoun(words: readonly TaggedWord[]): number | undefined {
  const at = words.findIndex((w, i) => i <= 2 && /^(which|what)$/.test(w.word));
  if (at < 0) return undefined;
  for (let j = at + 2; j < Math.min(words.length, at + 6); j++) {
    if (verbAfterPlural(words, j)) return j;
    if (words[j]!.verb || words[j]!.preposition) return undefined;
  }
  return undefined;
}

/**
 * "who chairs the audit committee", "who reports to the CTO": right after "who", a verb's form
 * before a determiner or a preposition is the question's verb, though the tagger reads "chairs"
 * as a plural noun.
 */
function verbAfterWho(words: readonly TaggedWord[]): number | undefined {
  const at = words.findIndex((w, i) => i <= 2 && /^(who|whom)$/.test(w.word));
  const w = words[at + 1];
  const after = words[at + 2]?.word ?? "";
  // "who chairs the…", "who reports to…": a determiner or a preposition follows the verb.
  if (at < 0 || !w || w.name || !/^(the|a|an|his|her|their|its|our|this|that|to|for|with|in|on|at|from|under|into|about)$/.test(after)) return undefined;
  return isInflectedVerb(w.word) ? at + 1 : undefined;
}

/** What a number stating a measure counts, when the question names the measure, not the things. */
const COUNTED_BY: Record<string, string[]> = {
  population: ["people", "inhabitants", "residents", "persons", "population"],
  age: ["years", "year-old"],
  toll: ["people", "dead", "deaths", "killed"],
  attendance: ["people", "spectators", "visitors", "fans"],
  crowd: ["people", "spectators", "fans", "supporters"],
  turnout: ["people", "voters"],
  audience: ["people", "viewers", "listeners"],
};

/**
 * The other way round: the measures that count a noun ("how many people were at the final": "the
 * attendance was 18,212", "a crowd of 18,391").
 */
const MEASURES_OF = new Map<string, string[]>();
for (const [measure, counted] of Object.entries(COUNTED_BY)) for (const noun of counted) MEASURES_OF.set(noun, [...(MEASURES_OF.get(noun) ?? []), measure]);

/**
 * An office or role ("president", "mayor", "secretary", "ceo"): documents capitalize it before a
 * name ("Council President Feeney"), yet in a question it is the thing asked about, not a name.
 */
function isOffice(word: string): boolean {
  return TITLE_WORDS.has(word) || (isListedNoun(word) && typeOfNoun(word) === "person");
}

/**
 * "the warranty on the Velmora drill": a word English has as a noun, right after a name that an
 * article or preposition opens, ends that noun phrase, however the tagger read it. After "was"
 * ("When was Carl Roth born?") the word is the question's verb.
 */
function nounAfterNameInPhrase(words: readonly TaggedWord[], i: number): boolean {
  let start = i - 1;
  while (start >= 0 && words[start]!.name) start--;
  if (start === i - 1 || start < 0) return false;
  const opener = words[start]!;
  // "Harrow the Elder born": an inflected verb the tagger reads as one ends the name, it is no noun of it.
  if (words[i]!.verb && isInflectedVerb(words[i]!.word)) return false;
  return (opener.preposition || /^(the|a|an|its|their|our)$/.test(opener.word)) && isNoun(words[i]!.word);
}

/**
 * The positions of a relative clause on a noun that is not the one asked for: from the pronoun
 * after the noun to the question's main verb, the next comma or the end. None when the pronoun follows a
 * verb ("who said that…": a complement) or opens the question.
 */
function relativeClause(tokens: readonly string[], tagged: readonly TaggedWord[], focusTerm: string | null, mainVerb: number | undefined): number[] {
  const at = tokens.findIndex((t, i) => i > 1 && RELATIVE_PRONOUN.test(t) && tagged[i - 1]?.noun === true && !tagged[i - 1]?.verb && normalizeTerm(tokens[i - 1]!) !== focusTerm);
  if (at < 0) return [];
  const positions: number[] = [];
  // "When was the treaty that bans mines signed?": the question's own verb, after an auxiliary
  // before the clause, ends it: the last verb past the clause's own.
  const auxiliaryBefore = tokens.slice(0, at).some((t) => AUX.test(t));
  let lastVerb = -1;
  for (let i = at + 2; i < tokens.length; i++) if (tagged[i]?.verb && !tagged[i]?.name) lastVerb = i;
  const end = mainVerb !== undefined && mainVerb > at + 1 ? mainVerb : auxiliaryBefore && lastVerb > 0 ? lastVerb : tokens.length;
  for (let i = at + 1; i < end && tokens[i] !== ","; i++) positions.push(i);
  return positions;
}

/** Words that open a clause saying when something else happened. */
const TIME_CONJUNCTION = /^(?:after|before|since|until|till|once|when|while)$/;

/**
 * The positions of a clause saying when, with a verb of its own ("after Arbuthnot left", "when the
 * bridge collapsed"), from its conjunction to the next comma or the end. None for a time given
 * without a verb ("before Kestrel", "after the war"), nor for a question opening with "when".
 */
function timeClause(tokens: readonly string[], tagged: readonly TaggedWord[]): number[] {
  const at = tokens.findIndex((t, i) => i > 0 && TIME_CONJUNCTION.test(t));
  if (at < 0) return [];
  const positions: number[] = [];
  for (let i = at + 1; i < tokens.length && tokens[i] !== ","; i++) positions.push(i);
  return positions.some((i) => tagged[i]?.verb && !tagged[i]?.noun) ? positions : [];
}

/**
 * "besides the US, which…", "which countries other than Finland have…", "apart from Russia": the
 * names set aside, up to a comma, the question's end, or the wh-word or verb that resumes it.
 */
const SET_ASIDE = /\b(?:besides|except(?:\s+for)?|excluding|other\s+than|apart\s+from|aside\s+from)\s+(?:the\s+)?(.+?)(?=\s*(?:[,;?]|$)|\s+(?:which|who|what|where|when|how|have|has|had|is|are|was|were|did|do|does|will)\b)/giu;

function setAside(question: string): { name: string; phrase: string }[] {
  return [...question.matchAll(SET_ASIDE)].map((m) => ({ name: m[1]!.trim(), phrase: m[0] })).filter((x) => /\p{Lu}/u.test(x.name));
}

/** Analyzes a question. */
export function analyzeQuestion(asked: string, options: ReadingOptions = {}): QuestionAnalysis {
  // Words the corpus writes as names are written so here too: "finland" is Finland, a name.
  const recased = options.isNameWord
    ? readableQuestion(asked).replace(/[\p{L}][\p{L}'’-]*/gu, (w, at: number) => (/^\p{Ll}/u.test(w) && !WH_WORDS.includes(w) && !isOffice(w.replace(/['’]s$/, "")) && options.isNameWord!(w.replace(/['’]s$/, "")) ? w[0]!.toUpperCase() + w.slice(1) : w))
    : readableQuestion(asked);
  const question = recased;
  // Tagged once: the tagger is a fair share of reading a question.
  const tagged = tagWords(question);
  const form = questionForm(tagged);
  let { answerType } = form;
  const focus = form.focus;
  let unit: string | undefined;
  if (answerType === "number" && focus) unit = normalizeTerm(focus) ?? undefined;
  // A count is stated in the counted noun's other words too: "160 countries" answers "how many nations".
  const countedAs = (noun: string) => [...(COUNTED_BY[noun] ?? []), ...(MEASURES_OF.get(noun.toLowerCase()) ?? []), ...nounSynonymsOf(singular(noun.toLowerCase())).filter((w) => /^[a-z]+$/.test(w))];
  const units = unit ? [...new Set([unit, ...countedAs(focus ?? "").map((w) => normalizeTerm(w) ?? w)])] : undefined;
  // "who is the director of" asks for a person; "who published" may be an organization: both fine.
  if (answerType === "person" && focus && typeOfNoun(focus) === "organization") answerType = "organization";
  // "how much leave", "how much time off": a period measured, told in weeks or days ("how many days" counts days).
  if (answerType === "number" && focus && /\bhow much\b/i.test(question) && nounSense(singular(focus.toLowerCase()))?.above.has("time period")) answerType = "duration";

  // Nouns and names name the subject; everything else is relation.
  const mainVerb = mainVerbAfterAuxiliary(tagged);
  const doc = nlp(question);
  const quoted = question.match(/["“]([^"”]+)["”]/g) ?? [];

  const subject = new Set<string>();
  const relation = new Set<string>();
  const focusTerm = focus ? normalizeTerm(focus) : null;
  const ownWords = new Set<string>();
  const names = new Set<string>();
  const quotedTokens = new Set(quoted.flatMap((q) => rawTokens(q)));
  const titleTerms = new Set<string>();
  const hedges = new Set<string>();
  const ordering = new Set<string>();
  const modifiers = new Set<string>();
  // Each token as written, to see its capital.
  const written = tokenOffsets(question).map((at) => question.slice(at, at + 1));
  const tokens = rawTokens(question);
  // "is it from 1997 or 1999?": the years offered are the answers to choose from, not the subject.
  // "in these articles", "the other reports": the documents themselves, not what they are about.
  const ofTheDocuments = (i: number) => DOCUMENT_NOUNS.has(singular(tokens[i] ?? "")) && /^(these|those|other|the|any|all|some)$/.test(tokens[i - 1] ?? "") && (tokens[i - 1] !== "the" || tokens[i - 2] === "of");
  const offered = (i: number) => /^\d{4}$/.test(tokens[i] ?? "") && ((tokens[i + 1] === "or" && /^\d{4}$/.test(tokens[i + 2] ?? "")) || (tokens[i - 1] === "or" && /^\d{4}$/.test(tokens[i - 2] ?? "")));
  const choices = [...new Set(tokens.filter((_, i) => offered(i)))];
  /** A relation word a source may leave out: it fits a sentence better, it is not required. */
  const hedge = (term: string) => {
    relation.add(term);
    hedges.add(term);
  };
  tokens.forEach((tok, i) => {
    // A hyphenated word is indexed closed ("anti-personnel" → "antipersonnel"), so ask for that.
    const term = normalizeTerm(tok.replace(/-/g, ""));
    if (!term || offered(i) || ofTheDocuments(i) || WH_WORDS.includes(tok) || QUESTION_FUNCTION_WORDS.has(tok) || STANCE_ADVERBS.has(tok) || (i === 0 && COMMAND_WORDS.has(tok))) return;
    // "how long is Pryce going to be out": "going to" marks the future, no relation of its own.
    if ((tok === "going" && tokens[i + 1] === "to") || tok === "gonna") return;
    // "where did they end up finishing": "end up" before a verb says "at last", the verb says what.
    if (/^(end|ends|ended|ending)$/.test(tok) && tokens[i + 1] === "up" && /ing$/.test(tokens[i + 2] ?? "")) return;
    // "the number of stations": "number of" says what "how many" says.
    if (answerType === "number" && tok !== focus && COUNT_NOUNS.has(tok) && tokens[i + 1] === "of") return;
    if (answerType === "number" && MEASURE_HEDGES.has(tok) && !/^\p{Lu}/u.test(written[i] ?? "")) return hedge(term);
    if (/^\d/.test(tok) || /^\p{Lu}/u.test(written[i] ?? "")) ownWords.add(tok);
    // "at the end of 2025": when, within the period; a source says "closed 2025 with" as well.
    if (partOfPeriod(tokens, i)) return;
    // "how many sick days do we get a year": the period of a rate, which a source may state ("10
    // days per year") or leave to its table's heading; no subject of the question.
    if (PERIODS.has(singular(tok)) && /^(?:a|an|per|each|every)$/.test(tokens[i - 1] ?? "") && tokens[i + 1] !== "of") return hedge(term);
    // "the 3-3 at Port Saltley", "the 2-1 win": a score names the match, but sources write it
    // many ways ("Port Saltley 3 Kestrel Town 3", "a 3–3 draw"): it fits, it is not required.
    if (/^\d{1,2}[-–]\d{1,2}$/.test(tok)) return hedge(term);
    // "how long", "how tall": part of the question word; a source may say "lasted 90 days" or "42 m tall".
    const ofHow = tokens[i - 1] === "how";
    if (ofHow || (ORDERING.has(tok) && !/^\p{Lu}/u.test(written[i] ?? ""))) {
      if (!ofHow) ordering.add(term);
      return hedge(term);
    }
    // A quoted title is the subject's name, every word of it ("The Lost Prince"). A title word in
    // lower case before "of" is an office held, the relation asked about ("become president of the
    // society"); written as a name ("Grand Duke of Lucca"), it stays the name's.
    const capital = /^\p{Lu}/u.test(written[i] ?? "");
    const beforeOf = tokens[i + 1] === "of";
    if (!quotedTokens.has(tok) && TITLE_WORDS.has(tok) && term !== focusTerm && !(beforeOf && !capital)) titleTerms.add(term);
    // So is an office written as a name ("the current Minister of Immigration"), though it is asked for.
    const officeName = term === focusTerm && i > 0 && capital && beforeOf;
    if (!quotedTokens.has(tok) && !officeName && (term === focusTerm || term === unit || GENERIC_NOUNS.has(tok) || TITLE_WORDS.has(tok))) relation.add(term);
    else {
      // A word written as a name (capitalized past the first word, or quoted) is the subject's,
      // whatever part of speech the tagger guessed for it.
      const asName = i > 0 && (/^\p{Lu}/u.test(written[i] ?? "") || quotedTokens.has(tok));
      if (asName) names.add(term);
      // "When did Akarin debut?": the word after the named subject is its verb, however tagged.
      const verbAfterName = !asName && i === mainVerb;
      if (verbAfterName) relation.add(term);
      // An adjective naming what kind of thing the subject is ("anti-personnel mines", "human rights groups") is the subject's too.
      // "the warranty on the Velmora drill": a noun after a name in a phrase with no verb of its own, however tagged.
      else if (asName || tagged[i]?.noun || (i !== mainVerb && nounAfterNameInPhrase(tagged, i)) || quotedTokens.has(tok) || (tagged[i]?.adjective && tagged[i + 1]?.noun && !tagged[i + 1]?.name)) {
        subject.add(term);
        if (!asName && tagged[i]?.adjective && !tagged[i]?.noun && isEnglishWord(tok)) modifiers.add(term);
      }
      else relation.add(term);
    }
  });
  // A relative clause on a subject noun ("the ban that's now been lifted", "the memo that lifted
  // the ban") says which thing is meant: its verbs hedge, they are not the relation asked about.
  // So does a clause saying when ("the caretaker boss after Arbuthnot left"): its verb places the
  // thing asked about in time; a source need not state it.
  for (const i of [...relativeClause(tokens, tagged, focusTerm, mainVerb), ...timeClause(tokens, tagged)]) {
    const term = normalizeTerm(tokens[i]!.replace(/-/g, ""));
    if (term && relation.has(term) && term !== focusTerm) hedges.add(term);
  }
  // "Who sits on the committee": belonging is no deed a source must state ("The committee's members are…").
  if (form.membership) for (const r of relation) hedges.add(r);
  for (const q of quoted) for (const tok of rawTokens(q)) ownWords.add(tok);
  // A question with no noun ("who signed it?") is all relation: let those words be the subject;
  // one that names only the office asked for ("who's the new CFO?") is about that office.
  if (subject.size === 0) for (const r of relation) if (r !== focusTerm && r !== unit && !hedges.has(r)) subject.add(r);
  if (subject.size === 0 && focusTerm && answerType !== "date") subject.add(focusTerm);
  for (const s of subject) relation.delete(s);
  // "Besides the US, which countries…": the name set aside is no subject a document must speak of.
  const aside = setAside(question);
  const excluded = aside.map((x) => x.name);
  for (const term of aside.flatMap((x) => rawTokens(x.phrase)).map((t) => normalizeTerm(t))) if (term) for (const set of [subject, relation, names]) set.delete(term);
  // "When did X become Duke of Lucca?": "become" states nothing a source must say.
  // Only another verb or word of the relation makes it so: the noun asked for ("which station got
  // moved") or a hedge leaves the light verb the only relation the question states.
  const stating = (r: string) => r !== focusTerm && r !== unit && !hedges.has(r) && !isLightTerm(r);
  if ([...relation].some(stating)) for (const r of [...relation]) if (isLightTerm(r)) relation.delete(r);
  // Kept, a light verb scopes the question as a hedge does: a sentence with it fits better, one
  // without still states the answer ("how long is Pryce going to be out": "out for nine months").
  for (const r of relation) if (isLightTerm(r)) hedges.add(r);
  // "What year was it released?": a source answers "released in 1990", without the word "year".
  if (answerType === "date" && focusTerm && focus && typeOfNoun(focus) === "date") relation.delete(focusTerm);
  // The first run of subject words, as written: its last word is the head ("the mine memo").
  let headTerm: string | undefined;
  let headWord: string | undefined;
  for (let i = 0, inRun = false; i < tagged.length; i++) {
    const term = normalizeTerm(tagged[i]!.word.replace(/-/g, ""));
    const own = !!term && subject.has(term) && (tagged[i]!.noun || tagged[i]!.name);
    if (own) {
      headTerm = term!;
      headWord = tagged[i]!.word;
      inRun = true;
    } else if (inRun) break;
  }
  // "when did the attack start": an event's date is when it began; sources say "hit by an attack
  // on 17 February" without "start", and another thing's opening ("the pier opens") is no answer.
  if (answerType === "date" && headWord && !names.has(headTerm!) && namesEvent(headWord)) for (const r of relation) if (beginningTerms().has(r)) relation.delete(r);
  // "the date of the memo": a writing's date is the day it was dated or signed (the "sign" group).
  if (answerType === "date" && relation.size === 0 && headWord && !names.has(headTerm!) && nounSense(singular(headWord.toLowerCase()))?.above.has("communication")) relation.add(normalizeTerm("date")!);
  // "who was CFO before Hannah?": asks whom the named one succeeded ("after Hannah": who succeeded her).
  // Only a person named there, not a deed ("after Arbuthnot left") or a time ("before 1990").
  const namesOnly = (t: string) => {
    const term = normalizeTerm(t);
    return !term || subject.has(term) || term === focusTerm;
  };
  const namedOnly = (from: number) => subject.has(normalizeTerm(tokens[from] ?? "") ?? "") && !/^\d/.test(tokens[from]!) && tokens.slice(from).every(namesOnly);
  if (answerType === "person" && tokens.some((t, i) => /^(?:before|after)$/.test(t) && namedOnly(i + 1))) relation.add(normalizeTerm("succeed")!);
  const verbTerm = mainVerb !== undefined ? normalizeTerm(tokens[mainVerb]!.replace(/-/g, "")) : null;
  const deed = verbTerm && relation.has(verbTerm) && !hedges.has(verbTerm) && !isLightTerm(verbTerm) ? verbTerm : undefined;
  // Each relation term's word as written, for its synonyms.
  const wordOf = new Map<string, string>();
  for (const tok of tokens) {
    const term = normalizeTerm(tok.replace(/-/g, ""));
    if (term && relation.has(term) && !wordOf.has(term)) wordOf.set(term, tok);
  }
  return {
    question,
    answerType,
    headTerm,
    focus: focus ?? undefined,
    unit,
    units,
    subjectTerms: [...subject],
    relationTerms: [...relation],
    ...(deed ? { deedTerm: deed } : {}),
    relationAlternatives: Object.fromEntries([...relation].map((t) => [t, alternativesOf(t)]).filter(([, alts]) => alts!.length)),
    relationNear: Object.fromEntries([...relation].map((t) => [t, [...new Set([...nearTermsOf(t), ...synonymTerms(wordOf.get(t), t)])]] as [string, string[]]).filter(([, near]) => near.length)),
    nameTerms: [...names].filter((t) => subject.has(t)),
    modifierTerms: [...modifiers].filter((t) => subject.has(t)),
    namesPerson: doc.people().found,
    ownWords,
    titles: quoted.map((q) => rawTokens(q)).filter((t) => t.length > 1),
    titleTerms: [...titleTerms].filter((t) => relation.has(t)),
    // Offered a choice, the question's other words only frame it ("I keep seeing different years"): hedges all.
    hedgeTerms: [...relation].filter((t) => hedges.has(t) || choices.length > 0),
    orderTerms: [...relation].filter((t) => ordering.has(t)),
    choices,
    ...(excluded.length ? { excluded } : {}),
    acronyms: [...new Set(question.match(/\b\p{Lu}{2,6}\b/gu) ?? [])],
    asksList: form.list,
    asksPassages: form.passages,
  };
}
