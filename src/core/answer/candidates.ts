/**
 * Finds the values that answer a question, each with the sentence that states it and a score:
 * how well the sentence is about the question's subject, how close the value stands to the
 * question's words, and how well it fits the kind of answer asked for.
 */
import type { AnswerType, Claim, SentenceRef } from "../types.js";
import type { QuestionAnalysis } from "../question/analyze.js";
import type { SentenceIndex } from "../search/index.js";
import { normalizeTerm, rawTokens, STOP_WORDS, tokenOffsets } from "../search/terms.js";
import { MONTHS } from "../lexicon/calendar.js";
import { findExpansions, findFocusPhrases, findObjects, findPredicates, findRoles, spellsAcronym, withKinds } from "../extract/text.js";
import { findCodes } from "../extract/codes.js";
import { isNoun, kindsAsked, kindsOf } from "../lexicon/wordnet.js";
import { isFacilityNoun, isPlural, singular } from "../question/nouns.js";
import { CONSENSUS_MARGIN } from "./aggregate.js";
import { withholds } from "./withheld.js";
import { askedLifeEvent, asksWhenBegun, endsRange, lifeEvent, OTHER_LIFE_DATE, RANGE_END, type LifeEvent } from "./life.js";
import { AGENT_BONUS, AGENT_REACH, asksMaker, isAgent, MAKER_NOUNS, MAKER_VERBS } from "./makers.js";
import { callsByFamilyName, personNameOf, titledNamesake } from "./namesakes.js";
import { KNOWN_PLACE, namesakeFit, placeFit, placeInBrackets } from "./places.js";
import { documentLead, openingName, referenceTo, DEFINES_SUBJECT, PRONOUN_NEAR_START, type DocumentLead } from "./reference.js";
import type { Evidence, ReferenceKind } from "./evidence.js";
import { governingVerb } from "../extract/verbs.js";
import { ARCHIVE_SENTENCES, storiesOf } from "./stories.js";
import { boundToOtherYear, yearsOf } from "./times.js";
import { rarityAmong, weightedShare, type Rarity } from "./rarity.js";
import { compatible, isNameType } from "./compare.js";
import { namedAsOtherKin, namesOtherKin } from "./kin.js";
import { askedOffice, officeOf } from "./roles.js";
import { namedOnlyInGroup } from "./enumerations.js";
import { asksNewHolder, tenureOf } from "./tenure.js";
import { asksFormerValue, isSuperseded } from "./revisions.js";

/** The relation words of a question as the sentences judging a sentence use them (see `relationIn`). */
interface RelationWords {
  rarity: Rarity;
  /** Those some sentence holds (or whose acronym is spelled out). */
  matchable: string[];
  /** Share of the relation's words no sentence uses in any form. */
  unknown: number;
  /** The unhedged ones some sentence holds: a sentence stating them all states the relation. */
  stated: string[];
}

/** What the candidate finder needs from the corpus; the engine provides it, with caches. */
export interface CorpusView {
  index: SentenceIndex;
  /** Typed values stated in a sentence: those an answer type may use, or all (dates, numbers, durations, names). */
  claims(sentence: SentenceRef, type?: AnswerType): readonly Claim[];
  /** Index terms of a sentence with their token positions. */
  terms(sentence: SentenceRef): readonly { term: string; position: number }[];
  /**
   * How often each asked term occurs in the sentences, as `terms` reads them (terms the corpus's
   * vocabulary numbers; others count 0), without making the sentences' term objects.
   */
  termCounts(sentences: readonly SentenceRef[], asked: readonly string[]): ReadonlyMap<string, number>;
  /** True when a document (its title or a sentence) holds an index term. */
  documentHas(docId: string, term: string): boolean;
  /** The sentence before this one in its document, if any. */
  previous(sentence: SentenceRef): SentenceRef | undefined;
  /** All sentences of a document, in order. */
  sentencesOf(docId: string): readonly SentenceRef[];
  /** A document's title. */
  titleOf(docId: string): string;
  /** The document with this title, whatever its case. */
  documentTitled(title: string): string | undefined;
}

export interface Candidate {
  claim: Claim;
  sentence: SentenceRef;
  score: number;
  /**
   * The sentence is about the subject (by name or by reference) and states the relation asked
   * about ("It was built about 1835", "born 2 July 1829"): such a value is listed even when
   * another source's scores much higher.
   */
  related?: boolean;
  /** What the sentence and value show, for the confidence model (absent for values compared outside a question). */
  evidence?: Evidence;
}

/** How many sentences the index returns per question: enough for every source, few enough to be fast. */
const SENTENCES_PER_QUESTION = 300;
/** A document must speak of at least this share of the subject (by weight) to be read. */
const MIN_DOCUMENT_SUBJECT = 0.4;
/**
 * …and at least this share (by weight) of the names it gives: half of a thing's name ("the
 * Ottawa Treaty" for "the Ottawa Convention"), more of a person's (a namesake shares half).
 */
const MIN_DOCUMENT_NAMES = 0.5;
const MIN_DOCUMENT_PERSON_NAMES = 0.6;
/**
 * A name more than three in four documents use is the collection's own subject (the company
 * in its wiki, the town in its council's papers): a document that never writes it ("We closed 2025
 * with 418 employees") is still about it. Only in a collection of at least PERVASIVE_MIN_DOCUMENTS,
 * where a share says something.
 */
const PERVASIVE_NAME_SHARE = 0.75;
const PERVASIVE_MIN_DOCUMENTS = 4;
/** A document uses another spelling of the subject's name this many times to be read as about it. */
const SPELLING_USES = 2;
/** Documents read per question, the most on-subject first. */
const DOCUMENTS_PER_QUESTION = 40;
/** Around each matching sentence, this many sentences either side are read too: a value is often
 * stated a sentence after its subject is named ("…northwest of Broken Bow. As of 2010, there were 3,559 people"). */
const NEIGHBOURS = 2;
/** Documents this short are read whole. */
const SHORT_DOCUMENT = 8;
/** At most this many sentences are read per question, from the best documents down: it bounds the slowest answers. */
const SENTENCES_READ = 240;

/** Sentences longer than this many words are mostly tables and page chrome, not prose: they count less. */
const PROSE_WORDS = 40;
/**
 * Relevance of a sentence by how it refers to the subject: by (part of) its name, by a part of the
 * name its document defines ("Reinhold" in a passage on Carl Reinhold Roth), by a pronoun in such
 * a passage, or only through the previous sentence.
 */
const BY_DEFINED_NAME = 0.8;
const BY_PRONOUN = 0.7;
const BY_PREVIOUS_SENTENCE = 0.45;
const UNREFERRED = 0.3;
/**
 * A lone field, "Incident commander: Jonas Feld (SRE)", "Tonnage: 1,214 GRT": its label names
 * the relation and its record is the document, so the subject is the document's. A row of
 * several fields ("Plan: Growth; Seats: 25") has a record of its own and is not one.
 */
const LONE_FIELD = /^\s*[^:;.!?\n]{1,60}\??:\s+[^;]+$/;
/** Index terms of the months: they date a thing rather than name it. */
const MONTH_TERMS: ReadonlySet<string> = new Set(MONTHS.map((m) => normalizeTerm(m) ?? m));
/** A sentence's relevance with none of the relation's words, as a share of its relevance with all. */
const RELATION_BASE = 0.55;
/** What a near relation's word ("founded" for "built") counts for, as a share of the relation's own. */
const NEAR_RELATION = 0.6;
/** A sentence holding this share of the relation's words (all the corpus knows, by weight) states the relation. */
const STATES_RELATION = 0.99;
/** …and is about the subject when it names at least this share of it (or refers to it through its document's lead). */
const NAMES_SUBJECT = 0.5;

/** Free-text candidates: what the sentence says its subject is, and phrases built on the asked-for noun. */
function textClaims(q: QuestionAnalysis, text: string, subjectPositions: readonly number[], kinds: ReadonlySet<string> | undefined, statesRelation: (term: string) => boolean): Claim[] {
  const offsets = tokenOffsets(text);
  const claims = findPredicates(text, subjectPositions.map((p) => offsets[p] ?? 0));
  // "Who is Peter Hegseth?": the role the sentence gives the name ("Defense Secretary Peter Hegseth").
  if (q.focus === "role") claims.push(...findRoles(text, nameSpans(text, subjectPositions)));
  // "What incident id was the outage?", "which version…": the codes the sentence gives.
  if (CODE_KINDS.has(q.focus ?? "")) claims.push(...findCodes(text));
  // "What did Biden send to Ukraine?": what the asked verb did ("sent antipersonnel land mines").
  if (!q.focus && q.relationTerms.length) claims.push(...findObjects(text, (w) => statesRelation(normalizeTerm(w) ?? w)));
  const focus = q.focus ? normalizeTerm(q.focus) : null;
  if (focus) claims.push(...findFocusPhrases(text, focus, normalizeTerm));
  // When the question asks for a kind English knows ("what sport"), the kinds a sentence names
  // answer it too ("golf" in "…at Rinkven International Golf Club").
  const found = kinds ? withKinds(text, claims, kinds) : claims;
  // "What does IGY stand for?": what the sentence spells it out as ("International Geophysical Year").
  // A question asking for another thing of it ("the primary function of RICC") is not answered so.
  if (!q.focus || EXPANSION_FOCUS.has(q.focus)) for (const acronym of q.acronyms) found.push(...findExpansions(text, acronym));
  return found;
}

/** Nouns a question asks for an acronym's spelled-out name by ("its full name", "what is IGY short for"). */
const EXPANSION_FOCUS = new Set(["name", "short", "abbreviation", "acronym", "initialism", "meaning", "form"]);

/** Words between a noun and the verb it undergoes: "the ban was first lifted", "a treaty that was signed". */
const BETWEEN_NOUN_AND_VERB = /^(?:is|was|are|were|be|been|being|has|have|had|that|which|who|first|also|then|later|since|officially|formally|jointly|originally|finally|recently|reportedly|initially|\p{L}+ly)$/u;
const PRONOUNS = /^(?:it|its|he|she|they|his|her|their|this|these)$/;

/**
 * Whose event the relation word states, from the word it follows: "the memo, signed…" or "the
 * memo was signed" are the subject's; "an international treaty signed in 1999" or "a policy first
 * imposed" another thing's. A name before it (an agent: "Hegseth signed") says neither.
 */
function relationHolder(text: string, relationPosition: number, subjectTerms: ReadonlySet<string>): "subject" | "other" | undefined {
  const tokens = rawTokens(text);
  const offsets = tokenOffsets(text);
  for (let p = relationPosition - 1, steps = 0; p >= 0 && steps < 4; p--, steps++) {
    const word = tokens[p]!;
    const between = text.slice(offsets[p]! + word.length, offsets[p + 1] ?? offsets[p]! + word.length);
    if (/[;:.()]/.test(between)) return undefined;
    if (BETWEEN_NOUN_AND_VERB.test(word)) continue;
    const term = normalizeTerm(word.replace(/-/g, ""));
    if (term && subjectTerms.has(term)) return "subject";
    if (PRONOUNS.test(word)) return "subject";
    // A capital marks a name, an agent ("Hegseth signed"), except a plural opening the sentence: "Wharves were established…".
    const written = text.slice(offsets[p]!, offsets[p]! + 1);
    const name = /^\p{Lu}/u.test(written) && !(p === 0 && isPlural(word) && isNoun(singular(word)));
    if (!term || name || /^\d/.test(word)) return undefined;
    return /,/.test(between) ? undefined : "other";
  }
  return undefined;
}

/** A run of capitalized words, perhaps joined by "of", "and", "&" or "de": a name as written. */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|&|de|the|van|von)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * For each of the question's name terms, the other words of the full names a document gives it
 * ("rover" for "harrowg" where the document writes "Harrowgate Rovers"; "lindqvist" for "hannah"
 * after "Hannah Lindqvist"), unless the document uses that word in another name too ("City" in
 * "Dunmore City" and "Calder City").
 */
function otherNameParts(sentences: readonly SentenceRef[], nameTerms: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, Set<string>>();
  const namesUsing = new Map<string, Set<string>>();
  if (!nameTerms.length) return new Map();
  for (const s of sentences)
    // "Starter and Growth" is two names: a coordination joins names more often than it forms one.
    for (const name of [...s.text.matchAll(NAME_RUN)].flatMap((m) => m[0].split(/\s+(?:and|&)\s+/))) {
      const terms = rawTokens(name).map((w) => normalizeTerm(w)).filter((t): t is string => !!t && !/^\d/.test(t));
      for (const t of terms) {
        const names = namesUsing.get(t) ?? new Set<string>();
        names.add(terms.join(" "));
        namesUsing.set(t, names);
      }
      // The name's last word stands for the whole name once it is written in full ("Hannah
      // Lindqvist … Lindqvist joins from"), even where the question gives that word too.
      const last = terms[terms.length - 1];
      for (const n of nameTerms)
        if (terms.includes(n)) for (const t of terms) if (t !== n && (!nameTerms.includes(t) || t === last)) (parts.get(n) ?? parts.set(n, new Set()).get(n)!).add(t);
    }
  return new Map([...parts].map(([n, ts]) => [n, [...ts].filter((t) => [...namesUsing.get(t)!].every((name) => name.split(" ").includes(n)))]));
}

/** Character spans of runs of consecutive token positions ("Peter Hegseth" from tokens 5 and 6). */
function nameSpans(text: string, positions: readonly number[]): { start: number; end: number }[] {
  const offsets = tokenOffsets(text);
  const tokens = rawTokens(text);
  const spans: { start: number; end: number }[] = [];
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    const start = offsets[p] ?? 0;
    const end = start + (tokens[p]?.length ?? 0);
    const last = spans[spans.length - 1];
    if (last && p > 0 && positions.includes(p - 1)) last.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/**
 * 1 for a value next to one of the positions, falling with distance; 0.25 when there are none.
 * Words of an aside between them (`aside`, see asideTokens) do not part them.
 */
function closeness(positions: readonly number[], first: number, last: number, aside?: ReadonlySet<number>): number {
  let dist = Infinity;
  for (const p of positions) {
    if (p >= first && p <= last) continue;
    const [from, to] = p < first ? [p, first] : [last, p];
    let d = to - from;
    if (aside) for (let k = from + 1; k < to; k++) if (aside.has(k)) d--;
    dist = Math.min(dist, d);
  }
  return dist === Infinity ? 0.25 : 1 / (1 + dist / 6);
}

/** An aside: a relative clause set off by commas (", who ruptured a ligament in February,") or words in brackets. */
const ASIDE = /,\s+(?:who|which|whose|whom)\b[^,;.()]*,|\([^()]*\)/g;

/**
 * The positions of the tokens inside the sentence's asides: "Captain Owen Pryce, who ruptured
 * the ligament in his right knee in February, will be out for nine months" keeps Pryce as near
 * his nine months as a sentence without the clause would. Undefined when it has none.
 */
function asideTokens(text: string): ReadonlySet<number> | undefined {
  if (!text.includes("(") && !/,\s+(?:who|which|whose|whom)\b/.test(text)) return undefined;
  const offsets = tokenOffsets(text);
  const inside = new Set<number>();
  for (const m of text.matchAll(ASIDE)) {
    const from = m.index;
    const to = from + m[0].length;
    offsets.forEach((at, k) => {
      if (at >= from && at < to) inside.add(k);
    });
  }
  return inside.size ? inside : undefined;
}

/**
 * A date question's relation word across a clause break from the value ("passed auditions on 11
 * November 2009, and debuted on 8 December 2009") is this many words further from it.
 */
const CLAUSE_BREAK = 6;

/** The relation positions as seen from a value, those across a comma or semicolon set further off. */
function acrossClauses(text: string, claim: Claim, positions: readonly number[], first: number): number[] {
  const offsets = tokenOffsets(text);
  return positions.map((p) => {
    const [from, to] = p < first ? [offsets[p] ?? 0, claim.start] : [claim.end, offsets[p] ?? text.length];
    if (!/[,;]/.test(text.slice(from, to))) return p;
    return p < first ? p - CLAUSE_BREAK : p + CLAUSE_BREAK;
  });
}

/** A predicate that is not a definition ("was born in…") may still answer a free-text question, less likely. */
const GUESSED_TEXT_FIT = 0.4;

/** The highest `typeFit` gives: a number counting exactly what was asked. */
const BEST_FIT = 1.3;

const NAME_FIT: Record<string, Record<string, number>> = {
  person: { person: 1, organization: 0.35, place: 0 },
  organization: { organization: 1, person: 0.2, place: 0.3 },
  place: { place: 1, organization: 0.3, person: 0 },
};
/** A built place named as the body that runs it ("Varn General Hospital"): less sure than a place's name, surer than a body for any other place (0.3). */
const FACILITY_FIT = 0.6;
const MAKER_FIT: Record<string, Record<string, number>> = { person: { person: 1, organization: 0.9, place: 0 } };
/** "Who obtained the memo?": a newspaper does that as well as a person; only a question naming a kind of person asks for a person alone. */
const AGENT_FIT: Record<string, Record<string, number>> = { person: { person: 1, organization: 0.8, place: 0 } };

/** Verbs only a person does ("who's chairing the committee", "who refereed the derby"): no body is their agent. */
const PERSONS_DOING = new Set(["chair", "captain", "coach", "referee", "ref", "umpire", "skipper", "preside", "officiate", "marry"].map((w) => normalizeTerm(w) ?? w));

/** "Who obtained the memo?": a question for whoever did a deed, which a body may have done as well as a person. */
function asksDoer(q: QuestionAnalysis): boolean {
  return q.answerType === "person" && !q.focus && !askedLifeEvent(q) && !q.relationTerms.some((t) => PERSONS_DOING.has(t));
}

/** How many words may stand between a doer's name and its deed: "The Post has now obtained"… */
const DOER_GAP = 3;
/** …and between a deed and "by" its doer: "designed and built by the Burgess Company". */
const PASSIVE_GAP = 6;

/**
 * The name is the doer of a deed the question asks about: the deed follows it ("The Washington
 * Post obtained…", "the Post has reported") or it follows the deed and "by" ("obtained by the
 * Post") or "from", for a deed done to another ("on loan from Ashcombe United"). A body named
 * otherwise ("won the Meridian Premier League", "passing Kessling University") did not do it,
 * so a person question's fit for it is a plain name's.
 */
function doesDeed(text: string, claim: Claim, deedPositions: readonly number[], first: number, last: number): boolean {
  return deedPositions.some((p) => (p > last && p - last <= DOER_GAP) || (p < first && first - p <= PASSIVE_GAP && /\b(?:by|from)\s+(?:the\s+)?[*_"“‘']?$/i.test(text.slice(Math.max(0, claim.start - 10), claim.start))));
}

/** Words that scale a number: "4.2 million" may count people. */
const SCALED = /\b(?:thousand|million|billion|lakh|crore)\b/i;

/** The kinds of code a question may ask for (question/nouns.ts CODE_NOUNS). */
const CODE_KINDS = new Set(["id", "version", "status", "email", "model"]);

/** Nouns that ask for a result of two numbers: a score or a vote's tally. */
const SCORE_NOUNS = new Set(["score", "scoreline", "vote", "tally", "result"]);
/** Another number asked for a score ("the 8-1 vote" is asked, "Two council members voted no" is not): about a guess's fit. */
const SCORE_MISFIT = 0.3;
/** Nouns that ask for a rank: "what minute", "which place", "what position in the table". */
const RANK_NOUNS = new Set(["minute", "place", "position", "rank", "ranking", "spot", "seed"]);
/** Nouns that ask for an amount of money ("amount" is what "how much did they pay" asks for). */
const MONEY_NOUNS = new Set(["amount", "cost", "price", "fee", "fine", "salary", "wage", "pay", "budget", "revenue", "spend", "spending", "worth", "value", "sum", "profit", "loss", "turnover", "valuation", "debt", "deficit", "income", "gdp", "allowance", "grant", "funding", "bonus", "compensation"]);
/** Nouns that ask for a measure of a kind the units library knows. */
const MEASURE_KINDS: Record<string, string> = {
  length: "length", long: "length", tall: "length", high: "length", height: "length", distance: "length", far: "length",
  width: "length", wide: "length", depth: "length", deep: "length", elevation: "length", altitude: "length",
  area: "area", weight: "mass", heavy: "mass", mass: "mass", speed: "speed", fast: "speed", tonnage: "tonnage",
};

/** The question counts things: "How many…", "What is the population of…". */
function asksCount(q: QuestionAnalysis): boolean {
  return /^\s*how\s+many\b/i.test(q.question) || q.focus === "population";
}

/** A question asking an amount per period or per unit: "a year", "per month", "each season", "annually". */
const ASKS_RATE = /\bper\s+\p{L}+|\b(?:a|an|each|every)\s+(?:year|month|week|day|season|quarter|term|semester|shift|game|match)\b|\b(?:annually|yearly|monthly|weekly|daily)\b/iu;

/** How well a claim's kind fits the answer type asked for (0 = not at all). */
function typeFit(q: QuestionAnalysis, claim: Claim): number {
  const asked = q.answerType;
  const focus = q.focus ?? "";
  if (asked === "number") {
    if (claim.type !== "number") return 0;
    // "What was the score", "what was the final vote": a result ("2-1", "7-2"), which answers nothing else.
    const asksScore = SCORE_NOUNS.has(focus);
    if (asksScore || claim.score) return !claim.score ? SCORE_MISFIT : asksScore ? BEST_FIT : 0;
    // A count is whole: "20.1 people" is a density, "54.0" a measure; and a rank counts nothing.
    if (asksCount(q) && ((!Number.isInteger(Number(claim.normalized)) && !SCALED.test(claim.value)) || claim.ordinal)) return 0;
    // "What minute…", "which place did they finish": a rank.
    if (RANK_NOUNS.has(focus)) return claim.ordinal ? BEST_FIT : 0.2;
    // "How much did they pay", "what's the budget": an amount of money.
    if (MONEY_NOUNS.has(focus)) return claim.currency ? BEST_FIT : claim.unit ? 0.2 : 0.5;
    // "How tall…", "what's the length of…": a measure of that kind.
    const kind = MEASURE_KINDS[focus];
    if (kind) return claim.quantityKind === kind ? BEST_FIT : claim.quantityKind ? 0.2 : claim.unit ? 0.3 : 0.6;
    if (!q.unit) return claim.unit === "percent" ? 0.7 : 1;
    // "how many sick days do we get a year": "10 days per year" is the rate asked, counted in days.
    const unit = claim.unit?.endsWith(" per") && ASKS_RATE.test(q.question) ? claim.unit.slice(0, -" per".length) : claim.unit;
    if (unit && q.units?.includes(unit)) return BEST_FIT;
    // "The population was 205": the number stated as the measure asked for.
    if (!claim.unit && claim.measure && q.units?.includes(claim.measure)) return BEST_FIT;
    return claim.unit ? 0.3 : 0.6;
  }
  // "What incident id…": a code of that kind; another kind of code hardly, other text less.
  if (asked === "text" && CODE_KINDS.has(focus)) return claim.type !== "text" ? 0 : claim.code === focus ? 1 : claim.code ? 0.2 : 0.1;
  if (asked === "text") return claim.type === "text" ? (claim.guessed ? GUESSED_TEXT_FIT : 1) : 0;
  // "How long is the bridge?" asks for a length: a thing (the question reader found) has no duration, though the sentence may give one ("took five years").
  if (asked === "duration" && q.focus === "length") return claim.type === "number" && claim.quantityKind === "length" ? 1 : claim.type === "duration" ? 0.3 : 0;
  if (asked === "date" || asked === "duration") return claim.type === asked ? 1 : 0;
  const table = asked !== "person" ? NAME_FIT : q.focus && MAKER_NOUNS.test(q.focus) ? MAKER_FIT : asksDoer(q) ? AGENT_FIT : NAME_FIT;
  // "Which hospital", "which museum": a built place, named as a place or as the body that runs it.
  const facility = asked === "place" && claim.type === "organization" && !!q.focus && isFacilityNoun(q.focus);
  // A name headed by the very noun asked for says its kind itself: "Varn General Hospital" for "which hospital".
  const headedByFocus =
    (asked === "place" || asked === "organization") && (claim.type === "place" || claim.type === "organization") && !!q.focus && singular(claim.value.split(/\s+/).at(-1)!) === singular(q.focus);
  // …and the compound name of a built place ("Varn General Hospital") answers a question for a
  // body only as a guess would: the hospital built nothing, whichever contractor is asked. ("The
  // Pentagon" alone stands for the body in it; "Inside the Pentagon" is a title.)
  const [before, head] = claim.value.split(/\s+/).slice(-2);
  const builtPlace =
    asked === "organization" && !headedByFocus && !!q.focus && !isFacilityNoun(q.focus) && !!head && /^\p{Lu}/u.test(before ?? "") && before !== "The" && isFacilityNoun(singular(head.toLowerCase()));
  const fit = headedByFocus ? 1 : builtPlace ? Math.min(table[asked]?.[claim.type] ?? 0, FACILITY_FIT) : Math.max(table[asked]?.[claim.type] ?? 0, facility ? FACILITY_FIT : 0);
  if (!claim.guessed) return fit;
  // A name of unknown kind (only its capitals say it is a name) may be what was asked, at a cap.
  const cap = asked === "person" ? 0.6 : 0.8;
  return fit > 0 ? Math.min(fit, cap) : cap;
}

/**
 * Values that measure something else than they seem to, by the words right after them, and the
 * question words that ask for that other measure: a travel time ("ten minutes west of Gay
 * Street", "an hour's drive", "20 minutes away") is how far a place is, not how long anything
 * lasts; nor is the time between two events ("two weeks after the sacking"); a gap ("six points
 * behind the leaders", "two goals clear", "3,000 more than last year") is no total. Each fits
 * only a question that asks for it.
 */
const OTHER_MEASURES: readonly { type: Claim["type"]; after: RegExp; askedBy: ReadonlySet<string>; unlessAfter?: RegExp }[] = [
  {
    type: "duration",
    after: /^(?:['’]s?)?\s+(?:(?:walk|drive|ride|flight|journey|away|by (?:car|train|road|air|foot|bus))\b|(?:north|south|east|west|northeast|northwest|southeast|southwest|up|down)(?:\s+\w+)?\s+(?:of|from)\b)/i,
    askedBy: termSet(["walk", "drive", "ride", "flight", "journey", "trip", "travel", "commute", "far", "distance"]),
  },
  {
    // An offset between two events ("less than 48 hours after a defeat", "two weeks into her reign",
    // "three days later") is no length of either.
    type: "duration",
    after: /^\s+(?:after|before|later|earlier|ago|into|prior\s+to|on\s+from)\b/i,
    askedBy: termSet(["after", "before", "later", "earlier", "ago", "into", "prior", "since", "between", "gap"]),
    // …unless a verb of lasting or "for" takes it: "the outage lasted 2 hours before service was
    // restored", "he ran it for six years before selling" give the span itself.
    unlessAfter: /\b(?:for|last(?:s|ed|ing)?|took|takes?|taking|spann?(?:s|ed|ing)?|spent|spends?|runs?|ran)\s+(?:(?:about|around|nearly|almost|just|only|over|under|some|roughly|approximately|at\s+least|more\s+than|less\s+than)\s+)?$/i,
  },
  {
    type: "number",
    after: /^\s+(?:behind|ahead|clear|adrift|short\s+of|more\s+than|fewer\s+than|less\s+than|higher\s+than|lower\s+than|up\s+on|down\s+on)\b/i,
    askedBy: termSet(["behind", "ahead", "clear", "gap", "margin", "lead", "differ", "difference", "more", "fewer", "less"]),
  },
];

/** "daughter of pharaoh Menkaure": a word, "of", up to two lower-case words (a title), then the name. */
const KIN_BEFORE = /\b(\p{Ll}+)\s+of\s+(?:\p{Ll}+\s+){0,2}$/u;

/** Another measure's fit for a question that does not ask for it (the fit of a guess, about). */
const OTHER_MEASURE_FIT = 0.3;
/** Three items or more: a comma, then another comma or "and"/"or" ("the UK, Ireland and Belgium"). */
const MAY_ENUMERATE = /,[^,]*(?:,|\band\b|\bor\b)/;
/** "how many of the incidents…", "how many of them…": the question asks for a part of a counted whole. */
const ASKS_PART = /\bhow\s+many\s+of\s+(?:the|their|its|these|those|them|all)\b/i;
/** A part of the count just read follows in its clause: "27 incidents were reported, four of which led to fires", "six of them". */
const PART_FOLLOWS = /^[^.;:]{0,60}?\b(?:\d[\d,]*|\p{Ll}+)\s+of\s+(?:which|whom|them|these|those)\b/u;

/** What a defining sentence holds before its value: what it names, then a copula ("Moving day is"), after a list's lead-in ("Key points:") if any. */
const DEFINED_BY_COPULA = /^\s*(?:[^:]{1,40}:\s+)?(.{1,80}?)\s+(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s+(?:(?:on|at|in|from|about|around|roughly|some)\s+)?$/i;
/** …and after it: nothing but a bracket and the full stop. */
const DEFINITION_END = /^\s*(?:\([^)]*\))?\s*[.!]?\s*$/;

function termSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => normalizeTerm(w) ?? w));
}

/** The prepositions that introduce a value of each kind: "at Ferrow Lane", "on February 28", "by Pennock". */
const PREPOSITION_OF: Partial<Record<AnswerType, RegExp>> = {
  place: /\b(?:at|in|near|from|outside|inside)\s+(?:the\s+)?$/i,
  date: /\b(?:on|in|since|until|dated|from)\s+$/i,
  person: /\bby\s+(?:the\s+)?$/i,
  organization: /\b(?:by|from|at|with)\s+(?:the\s+)?$/i,
  duration: /\b(?:for|within|after|lasted|takes?|took)\s+(?:about\s+|nearly\s+)?$/i,
};

/** A name written as a modifier of a noun ("U.S. commitments", "Pentagon officials"): it qualifies something else, it is not what is asked for. */
function modifiesNoun(text: string, claim: Claim): boolean {
  if (claim.type !== "person" && claim.type !== "organization" && claim.type !== "place") return false;
  const next = /^\s+([\p{Ll}][\p{Ll}-]*)/u.exec(text.slice(claim.end))?.[1];
  return !!next && !STOP_WORDS.has(next) && !/(?:ed|ing|ly)$/.test(next) && !/^(?:said|says|told|has|had|is|was|were|are|and|or|of)$/.test(next);
}

/**
 * "Rourke received a four-match ban, Eberle three matches": an amount right after another name,
 * itself after a comma or "and", is that name's, in a list that leaves its verb out.
 */
function amountOfAnotherName(text: string, claim: Claim, claims: readonly Claim[], subjectWords: ReadonlySet<string>): boolean {
  if (claim.type !== "number" && claim.type !== "duration") return false;
  return claims.some(
    (c) =>
      (c.type === "person" || c.type === "organization") &&
      c.end < claim.start &&
      /^\s+$/.test(text.slice(c.end, claim.start)) &&
      /(?:,|\band)\s+$/.test(text.slice(0, c.start)) &&
      !rawTokens(c.value).some((w) => subjectWords.has(normalizeTerm(w) ?? w)),
  );
}

/** The share of a value's words that the question itself uses ("Fenwick Albion" for "who loaned Mensah to Fenwick"). */
function echoShare(q: QuestionAnalysis, claim: Claim): number {
  // "81 points" for "how many points": the noun counted is what was asked, not an echo.
  const counted = claim.type === "number" ? [q.focus, q.unit].map((w) => w && normalizeTerm(w)) : [];
  const words = rawTokens(claim.value).map((w) => normalizeTerm(w)).filter((t): t is string => !!t && !counted.includes(t));
  if (!words.length) return 0;
  return words.filter((t) => q.subjectTerms.includes(t) || q.relationTerms.includes(t)).length / words.length;
}

/**
 * "who was CFO before Hannah?": a person whose given name the question names is its subject, not
 * its answer ("Hannah Lindqvist"); relatives share family names, not given names.
 */
function isNamedPerson(q: QuestionAnalysis, claim: Claim, asked: ReadonlySet<string>): boolean {
  const first = claim.type === "person" ? rawTokens(claim.value)[0] : undefined;
  // The question writes the name itself: "Faith Evans" is no echo of "Faithfully", though both stem to "faith".
  return first !== undefined && q.subjectTerms.includes(normalizeTerm(first) ?? first) && asked.has(first.toLowerCase());
}

/** Where a name's words stand in a row in a sentence's terms: the position of each run's last word. */
function phraseEnds(terms: readonly { term: string; position: number }[], words: readonly string[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i + words.length <= terms.length; i++) if (words.every((w, k) => terms[i + k]!.term === w)) ends.push(terms[i + words.length - 1]!.position);
  return ends;
}

/** The claim repeats the question ("2024" in "…killed in 2024?", "Finland" in "When did Finland…"). */
function echoesQuestion(q: QuestionAnalysis, claim: Claim, asked: ReadonlySet<string>): boolean {
  const words = rawTokens(claim.normalized);
  return (words.length > 0 && words.every((w) => q.ownWords.has(w) || q.subjectTerms.includes(w))) || isNamedPerson(q, claim, asked);
}

export interface CandidateSearch {
  /** Every value found with its evidence; none for a question answered by passages ("why…"). */
  candidates: Candidate[];
  /** Sentences about the subject that say the value is withheld ("a date redacted…"). */
  withheld: SentenceRef[];
  /** True when the corpus speaks of the question's subject at all. */
  subjectFound: boolean;
  /**
   * The best sentence of each source that speaks of the subject and, when the question names a
   * relation the corpus knows, of that relation too: what a source says when no value answers.
   * Most relevant first, at most PASSAGES.
   */
  passages: SentenceRef[];
  /** The documents read grouped by the story they tell, when more than one (see stories.ts). */
  stories?: string[][];
}

/**
 * The positions of the terms `holds` is true of, in order. (A loop, not filter and map: in the
 * large function that calls it, arrays that come out empty for one sentence and full for the
 * next kept throwing its optimized code away.)
 */
function positionsOf(terms: readonly { term: string; position: number }[], holds: (term: string) => boolean): number[] {
  const positions: number[] = [];
  for (const t of terms) if (holds(t.term)) positions.push(t.position);
  return positions;
}

/** Sorts sentences most relevant first (a stable sort, as `Array.prototype.sort` is). */
function byRelevance<T extends { relevance: number }>(scored: T[]): void {
  scored.sort((a, b) => b.relevance - a.relevance);
}

/** Passages shown when no single value answers: one per source, at most this many. */
export const PASSAGES = 5;

/** Finds and scores the candidate answers to an analyzed question. */
export function findCandidates(q: QuestionAnalysis, view: CorpusView): CandidateSearch {
  const { index } = view;
  // An adjective of the subject that no document uses ("the western terminus") describes it in
  // words the sources do not share; its absence says nothing about which thing they speak of.
  const subject = q.subjectTerms.filter((t) => index.has(t) || !q.modifierTerms?.includes(t) || q.subjectTerms.length === 1);
  // A title ("Justice" Dunn) helps find the subject; a sentence need not repeat it to state the relation.
  const relation = q.relationTerms.filter((t) => !q.titleTerms.includes(t));
  /** The share, weighted by rarity in the whole corpus, of `terms` for which `holds` is true. */
  const share = (terms: readonly string[], holds: (t: string) => boolean) => weightedShare(index, terms, holds);
  // A relation word the corpus never uses ("newspaper") cannot be matched anywhere: leave it out.
  // A relation is also stated in its other words ("established": "founded", "formed").
  const said = (t: string) => [t, ...(q.relationAlternatives[t] ?? [])];
  // …or, less surely, in a near relation's ("built": "founded").
  const saidOrNear = (t: string) => [...said(t), ...(q.relationNear?.[t] ?? [])];
  // An acronym is also said by writing out its name, every word of it ("Chief Financial Officer").
  const spelledOut = q.spelledOut ?? {};
  const writtenOut = (t: string, has: (w: string) => boolean) => spelledOut[t]?.every(has) ?? false;
  /** True when `has` holds the relation word `t` in one of its forms (or, with `near`, a near relation's). */
  const states = (t: string, has: (w: string) => boolean, near = false) => (near ? saidOrNear(t) : said(t)).some(has) || writtenOut(t, has);
  const relationWords = new Set(relation.flatMap(said));
  const nearWords = new Set(relation.flatMap((t) => q.relationNear?.[t] ?? []));
  // A value is placed by the relation's own words: near a hedge ("the previous policy", "the new
  // CFO") it is near a word any sentence may use, unless the question has nothing else.
  const unhedged = relation.filter((t) => !q.hedgeTerms?.includes(t));
  const anchors = unhedged.length ? unhedged : relation;
  // "How long is the lease": "ten minutes west of Gay Street" measures something else (OTHER_MEASURES).
  // The question's own words, tokenized once for every claim read. (Some of the words that ask
  // for another measure are stop words, "how long after…": they count too.)
  const askedWords = new Set(rawTokens(q.question));
  const asking = [...q.subjectTerms, ...q.relationTerms, ...askedWords];
  const unasked = OTHER_MEASURES.filter((m) => !asking.some((t) => m.askedBy.has(t)));
  const measuresOther = (text: string, claim: Claim) =>
    unasked.some((m) => m.type === claim.type && m.after.test(text.slice(claim.end)) && !m.unlessAfter?.test(text.slice(Math.max(0, claim.start - 60), claim.start)));
  // "She was a daughter of pharaoh Menkaure, wife of king Shepseskaf": asked her husband, a person
  // named as another kin ("daughter of": her father) is that, not the one asked (kin.ts).
  const askedKin = new Set([...relation.flatMap(saidOrNear), ...subject]);
  const kinOfAnother = (text: string, claim: Claim) => {
    if (q.answerType !== "person" || claim.type !== "person") return false;
    const kin = KIN_BEFORE.exec(text.slice(Math.max(0, claim.start - 40), claim.start))?.[1];
    return kin !== undefined && namesOtherKin(kin, askedKin);
  };
  // "who's the new CFO": the office a sentence gives a person beside the name (roles.ts).
  const office = q.answerType === "person" ? askedOffice(q.question, q.focus, spelledOut[normalizeTerm(q.focus ?? "") ?? ""], q.nameTerms) : undefined;
  // "who's the new CFO": one the sentence has leaving the post is the old holder; one coming into it answers (tenure.ts).
  const asksNew = office !== undefined && asksNewHolder(q.question);
  // "revised from 27 to 34": asked the value, not what it was at first, the old one is history (revisions.ts).
  const asksCurrent = !asksFormerValue(q.question);
  // "how many of the incidents led to fires": a part is asked; "27 incidents …, four of which led
  // to fires" gives the whole first, then the part.
  const asksPart = q.answerType === "number" && ASKS_PART.test(q.question);
  // …and where they are all hedges that do not order events ("how long", "how tall"), by the subject too.
  const placedBySubject = relation.length > 0 && unhedged.length === 0 && !relation.some((t) => q.orderTerms?.includes(t));
  const anchorWords = new Set(anchors.flatMap(said));
  // The words a side of a disagreement must state, or a near word of: the deed the question's verb
  // asks about ("quit": "withdrew", "withdrawal"); not a noun asked for ("population"), which the
  // value's own kind states, nor a phrase that relates without a deed ("associated with", "part of").
  // A dimension asked by its adjective ("how long is the river") is stated by it or its noun
  // ("Length: 41 mi"); "19 miles from Hexley" measures something else.
  const dimension = relation.find((t) => MEASURE_KINDS[t] !== undefined && q.relationAlternatives[t]?.length);
  const statingWords = new Set(q.deedTerm && relation.includes(q.deedTerm) ? saidOrNear(q.deedTerm) : dimension ? said(dimension) : []);
  const mentionsStated = (terms: readonly { term: string }[]) => !statingWords.size || terms.some((t) => statingWords.has(t.term));
  // An acronym written out anchors where the whole name stands ("Chief Executive Officer"), not at each word of it.
  const anchorNames = anchors.flatMap((t) => (spelledOut[t] ? [spelledOut[t]] : []));
  /** The relation words a sentence can be judged by, among the sentences whose rarity judges it (rarity.ts). */
  const relationIn = (rarity: Rarity): RelationWords => {
    // "quit" in a corpus that says "withdrew": the relation's other words state it as well.
    const inCorpus = (t: string) => said(t).some((w) => rarity.has(w)) || spelledOut[t] !== undefined;
    return {
      rarity,
      matchable: relation.filter(inCorpus),
      // Relation words no document uses, in any of their forms ("capital" in a corpus that never says
      // it): the corpus likely does not state what is asked, however well it speaks of the subject.
      unknown: relation.length ? relation.filter((t) => !states(t, (w) => rarity.has(w), true)).length / relation.length : 0,
      // "the population was 70" states "the estimated population" asked for.
      stated: unhedged.filter(inCorpus),
    };
  };
  // A name's other spellings the corpus holds ("Sherborne" for "Sherbourne") stand for it in a
  // document that keeps using that spelling: a passage on Sherborne, not one citing a J. Gamber once.
  const spellings = new Map(q.nameTerms.filter((t) => subject.includes(t)).map((t) => [t, index.otherSpellings(t)] as const));
  const usedSpellings = new Map<string, boolean>();
  const keepsUsing = (docId: string, w: string) => {
    const key = `${docId} ${w}`;
    let used = usedSpellings.get(key);
    if (used === undefined) {
      used = view.documentHas(docId, w) && view.sentencesOf(docId).filter((s) => view.terms(s).some((t) => t.term === w)).length >= SPELLING_USES;
      usedSpellings.set(key, used);
    }
    return used;
  };
  // A document that names the subject in full ("Harrowgate Rovers") may go on with another part
  // of that name ("Rovers"): in that document, that part stands for the subject too.
  const nameParts = new Map<string, ReadonlyMap<string, string[]>>();
  const partsIn = (docId: string) => {
    let parts = nameParts.get(docId);
    if (!parts) nameParts.set(docId, (parts = otherNameParts(view.sentencesOf(docId), q.nameTerms)));
    return parts;
  };
  const spelled = (t: string, docId: string) => {
    const others = spellings.get(t);
    const own = others?.length ? [t, ...others.filter((w) => keepsUsing(docId, w))] : [t];
    const parts = q.nameTerms.includes(t) ? partsIn(docId).get(t) : undefined;
    return parts?.length ? [...own, ...parts] : own;
  };
  // A document that writes an acronym's name out ("the Master Services Agreement") may go on with
  // its head noun alone ("The agreement was signed on June 12"): there, that noun stands for it.
  // Only an acronym's: "channel 5.3" is no "NewsChannel", a compound written open.
  // Not where the noun heads another name: "Chief Operating Officer" is no "Chief Financial Officer".
  // (read once per sentence and acronym: a sentence asks it for its subject, context, head and name in turn)
  let lastHeads: { text: string; t: string; heads: boolean } | undefined;
  const headsOther = (text: string, t: string, name: readonly string[]) => {
    if (lastHeads?.text !== text || lastHeads.t !== t) lastHeads = { text, t, heads: headsOtherName(text, name) };
    return lastHeads.heads;
  };
  const headOfWrittenOut = (t: string, docId: string, has: (w: string) => boolean, text?: string) => {
    const name = spelledOut[t];
    const initials = name?.map((w) => w[0]).join("");
    return !!name && name.length > 1 && initials === t && has(name.at(-1)!) && name.every((w) => view.documentHas(docId, w)) && (!text || !headsOther(text, t, name));
  };
  /** True when `has` holds the subject word `t` in one of its spellings in that document (or, given, sentence). */
  const holdsWord = (t: string, docId: string, has: (w: string) => boolean, text?: string) =>
    spelled(t, docId).some(has) || writtenOut(t, has) || headOfWrittenOut(t, docId, has, text);
  // Whether a sentence opens with a name of its own, by document and word: read once per question.
  const ownNames = new Map<string, boolean>();
  const opensWithOwnName = (s: SentenceRef) => {
    const first = openingName(s.text);
    if (!first) return false;
    const key = `${s.docId} ${first}`;
    let known = ownNames.get(key);
    if (known === undefined) ownNames.set(key, (known = namedInDocument(s.docId, first)));
    return known;
  };
  /**
   * The document gives the word as (part of) a name inside a sentence: "Growth" in "Starter and
   * Growth come with…". Read from the names found in its sentences, which a prepared corpus keeps.
   */
  const namedInDocument = (docId: string, word: string) =>
    view.sentencesOf(docId).some((o) => view.claims(o, "person").some((c) => c.start > 0 && c.value.split(/\s+/).includes(word)));
  const subjectWords = new Set(subject.flatMap((t) => [t, ...(spellings.get(t) ?? []), ...(spelledOut[t] ?? [])]));
  // A relation's other words find the sentences that state it so ("Length: 41 mi" for "how long").
  const hits = index.find([...subjectWords, ...new Set([...q.relationTerms, ...relation.flatMap(said)]), ...q.relationTerms.flatMap((t) => spelledOut[t] ?? [])], SENTENCES_PER_QUESTION);

  const docCoverage = new Map<string, number>();
  const coverageOf = (docId: string) => {
    let c = docCoverage.get(docId);
    if (c === undefined) {
      c = subject.length ? share(subject, (t) => holdsWord(t, docId, (w) => view.documentHas(docId, w))) : 0;
      docCoverage.set(docId, c);
    }
    return c;
  };

  // Documents first: those that speak of the subject, best covered and best matching first.
  // Numbers the question states ("in 2024", "the 24th Division") are constraints, not hints.
  const stated = subject.filter((t) => /^\d/.test(t));
  // So are the names it gives ("Dallas" in "the Dallas County Courthouse"): a document that lacks
  // one speaks of another courthouse. Names the corpus never uses are left out.
  const pervasive = (t: string) => index.documentCount >= PERVASIVE_MIN_DOCUMENTS && index.documentShare(t) > PERVASIVE_NAME_SHARE;
  const named = q.nameTerms.filter((t) => subject.includes(t) && index.has(t) && !pervasive(t));
  const namedShare = (docId: string) => share(named, (t) => holdsWord(t, docId, (w) => view.documentHas(docId, w)));
  // The rarest word of a name the question gives ("Ottawa" of "Ottawa Convention"), when its head is another word.
  // Only a word of the same name, written before the head: "Ferrand at … Kestrel" are two names.
  const questionTerms = rawTokens(q.question).map((w) => normalizeTerm(w) ?? w);
  const sameName = (t: string) => {
    const head = questionTerms.indexOf(q.headTerm!);
    const at = questionTerms.lastIndexOf(t, head);
    return at >= 0 && at < head && questionTerms.slice(at, head).every((w) => q.nameTerms.includes(w));
  };
  const nameHead = q.headTerm && q.nameTerms.includes(q.headTerm) ? q.nameTerms.filter((t) => t !== q.headTerm && sameName(t)).sort((a, b) => index.weight(b) - index.weight(a))[0] : undefined;
  const namedWithOtherHead = (text: string, terms: readonly { term: string; position: number }[]) => {
    const at = nameHead ? terms.filter((t) => t.term === nameHead) : [];
    if (!at.length) return false;
    // Tokenized only for the few sentences that hold the name's word.
    const offsets = tokenOffsets(text);
    const tokens = rawTokens(text);
    return at.some((t) => /^\s+\p{Lu}/u.test(text.slice(offsets[t.position]! + tokens[t.position]!.length)));
  };
  // A passage may call a person by family name only ("Moseley was presented…").
  const personName = q.namesPerson ? personNameOf(q) : undefined;
  const bySurnameOnly = (docId: string) => personName !== undefined && callsByFamilyName(personName, view.sentencesOf(docId));
  // A document that keeps speaking of the subject outranks one that mentions it once: its score
  // is its coverage times the sum of its three best sentence scores.
  const docHitScores = new Map<string, number[]>();
  const docHits = new Map<string, number[]>();
  for (const hit of hits) {
    const id = hit.sentence.docId;
    if (coverageOf(id) < MIN_DOCUMENT_SUBJECT) continue;
    if (stated.length && !stated.every((t) => view.documentHas(id, t))) continue;
    const names = namedShare(id);
    if (names < (q.namesPerson ? MIN_DOCUMENT_PERSON_NAMES : MIN_DOCUMENT_NAMES) && !(q.namesPerson && names >= MIN_DOCUMENT_NAMES && bySurnameOnly(id))) continue;
    if (!docHitScores.has(id)) {
      docHitScores.set(id, []);
      docHits.set(id, []);
    }
    docHitScores.get(id)!.push(hit.score);
    docHits.get(id)!.push(hit.sentence.position);
  }
  // A quoted title is written out by a source about the work ("The Love Album"), not scattered
  // over a passage about another ("A Time for Love … album").
  const titled = (docId: string) => {
    if (!q.titles.length) return true;
    const words = ` ${view.sentencesOf(docId).map((s) => rawTokens(s.text).join(" ")).join(" ")} `;
    return q.titles.some((t) => words.includes(` ${t.join(" ")} `));
  };
  for (const id of [...docHitScores.keys()]) if (!titled(id)) docHitScores.delete(id);
  // A document on a namesake ("Kelderwick, Nova Scotia") is heard beside the bare title's unless the
  // question tells it apart; then the bare title's is dropped if it never speaks of the namesake.
  /** The documents heard that speak of a namesake the question does not tell apart, with its title. */
  const namesakes = new Map<string, string>();
  for (const id of [...docHitScores.keys()]) {
    const namesake = titledNamesake(id, subject, view);
    if (namesake?.asked && !namesake.primarySpeaksOfIt) docHitScores.delete(namesake.primary);
    else if (namesake && !namesake.asked) namesakes.set(id, view.titleOf(id));
  }
  const docScore = new Map(
    [...docHitScores].map(([id, scores]) => [id, coverageOf(id) * scores.sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0)]),
  );
  const docs = [...docScore.keys()].sort((a, b) => docScore.get(b)! - docScore.get(a)!).slice(0, DOCUMENTS_PER_QUESTION);
  const toRead: SentenceRef[] = [];
  for (const id of docs) {
    const all = view.sentencesOf(id);
    const near = (p: number) => all.length <= SHORT_DOCUMENT || docHits.get(id)!.some((h) => Math.abs(h - p) <= NEIGHBOURS);
    for (const s of all) if (near(s.position)) toRead.push(s);
    if (toRead.length >= SENTENCES_READ) break;
  }

  // In an archive of many unrelated stories the documents read may tell several (see stories.ts),
  // and a sentence is judged by the rarity of words among its own story's documents (rarity.ts).
  // In a smaller corpus the documents that pass the filters above are taken to speak of one
  // subject, judged by the corpus's rarity, as before.
  const archive = index.sentences.length > ARCHIVE_SENTENCES;
  const readTerms = toRead.map((s) => view.terms(s));
  const questionWords = new Set([...subjectWords, ...relationWords, ...nearWords]);
  const stories = archive ? storiesOf(docs, toRead.map((s, i) => ({ s, terms: readTerms[i]! })), questionWords, (t) => index.weight(t)) : undefined;
  const storyOfDoc = new Map<string, readonly string[]>();
  if (archive) for (const story of stories ?? [docs]) for (const d of story) storyOfDoc.set(d, story);
  const asked = [...new Set([...subject, ...relation, ...relation.flatMap(saidOrNear), ...Object.values(spelledOut).flat()])];
  const corpusWide = relationIn(index);
  // Counted for a story when one of its sentences is first judged: the stories of documents
  // past the reading bound have none.
  const judgedBy = new Map<string, RelationWords>();
  const wordsOf = (docId: string): RelationWords => {
    const story = storyOfDoc.get(docId);
    if (!story) return corpusWide;
    let words = judgedBy.get(docId);
    if (!words) {
      const sentences = story.flatMap((d) => view.sentencesOf(d));
      words = relationIn(rarityAmong(sentences.length, view.termCounts(sentences, asked)));
      for (const d of story) judgedBy.set(d, words);
    }
    return words;
  };

  const titles = new Map<string, { terms: ReadonlySet<string>; head?: string }>();
  /** The index terms of a document's title and its head, the last word outside brackets: what the document is about. */
  const titleTerms = (docId: string) => {
    let title = titles.get(docId);
    if (!title) {
      const terms = rawTokens(view.titleOf(docId).replace(/\([^)]*\)/g, " ")).map((w) => normalizeTerm(w.replace(/-/g, ""))).filter((t): t is string => !!t);
      titles.set(docId, (title = { terms: new Set(terms), head: terms[terms.length - 1] }));
    }
    return title;
  };
  // The names a record must bear to be the subject's: a month ("the January outage") only dates it.
  const recordNames = q.nameTerms.filter((t) => subject.includes(t) && index.has(t) && !MONTH_TERMS.has(t));
  /**
   * The document is the record of the subject itself: its title's head is a subject word ("SS
   * Halcyon", "… outage"), not a word that names another thing after one of the subject's ("the
   * Kelderwick Literary and Philosophical Society"), and its title or lead holds every name the question gives.
   */
  const recordIsSubject = (docId: string) => {
    const { terms, head } = titleTerms(docId);
    const lead = leadOf(docId);
    return head !== undefined && subject.includes(head) && recordNames.every((t) => terms.has(t) || lead.nameTerms.has(t));
  };
  /**
   * "Sam Okonedo's equaliser" for "who got the equaliser": where the question states no deed of
   * its own (only "got", "had"), a person or body whose possessive stands before the subject's
   * head (up to two words between) is whose it is. With a deed ("who is building the line"),
   * "City Council's … line" is no answer: owning is not doing.
   */
  const statesNoDeed = q.relationTerms.every((t) => q.hedgeTerms?.includes(t));
  const possessesHead = (text: string, claim: Claim) => {
    if (!statesNoDeed || !q.headTerm || (claim.type !== "person" && claim.type !== "organization")) return false;
    const after = /^['’]s?\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(text.slice(claim.end));
    return !!after && rawTokens(after[1]!).some((w) => normalizeTerm(w.replace(/-/g, "")) === q.headTerm);
  };
  /**
   * "Moving day is Saturday, April 18, 2026." for "when is moving day for the move": a sentence
   * that names only what was asked, a copula, then the value to its end defines it, whatever
   * relation the question words. Another word before the copula ("The first working day in the
   * new office is…") makes it say something else.
   */
  const askedTerms = new Set([...subject, ...q.relationTerms, ...(q.focus ? [normalizeTerm(q.focus) ?? q.focus] : [])]);
  const definesAsked = (text: string, claim: Claim) => {
    if (!DEFINITION_END.test(text.slice(claim.end))) return false;
    const named = DEFINED_BY_COPULA.exec(text.slice(0, claim.start))?.[1];
    const words = named ? rawTokens(named).filter((w) => !STOP_WORDS.has(w.toLowerCase())) : [];
    return words.length > 0 && words.every((w) => askedTerms.has(normalizeTerm(w) ?? w));
  };
  const leads = new Map<string, DocumentLead>();
  const leadOf = (docId: string) => {
    let lead = leads.get(docId);
    const { rarity } = wordsOf(docId);
    if (!lead) leads.set(docId, (lead = documentLead(view.sentencesOf(docId)[0], (holds) => (subject.length ? weightedShare(rarity, subject, (t) => holdsWord(t, docId, holds)) : 0))));
    return lead;
  };

  const askedNames = q.nameTerms.filter((t) => subject.includes(t));
  const countsAsked = q.answerType === "number";
  // Score every sentence first (cheap), then extract values (costly) from the most relevant down,
  // skipping sentences that cannot beat their source's current pick: no value scores above its
  // sentence's relevance times the best fit.
  const scored = toRead.map((s, i) => {
    const terms = readTerms[i]!;
    const present = new Set(terms.map((t) => t.term));
    const { rarity, matchable: matchableRelation, stated: statedRelation } = wordsOf(s.docId);
    const share = (terms: readonly string[], holds: (t: string) => boolean) => weightedShare(rarity, terms, holds);
    // "the Ottawa Treaty" names "the Ottawa Convention": the name's own word with another head names it whole.
    const otherHead = namedWithOtherHead(s.text, terms);
    const lead = leadOf(s.docId);
    const field = LONE_FIELD.test(s.text) && recordIsSubject(s.docId);
    const inRecord = (t: string) => field && holdsWord(t, s.docId, (w) => lead.nameTerms.has(w) || titleTerms(s.docId).terms.has(w));
    // A name given only as another's relative ("the eldest son of Josiah Harrow the Elder") does not name what the sentence tells of.
    // Where that relative is the subject in full, the family name elsewhere in it is the other relative's ("Harrow was born…").
    const asKin = namedAsOtherKin(s.text, askedKin);
    const subjectAsKin = named.length > 0 && named.every((t) => asKin.has(t));
    // "41,800 sold in the United Kingdom, Ireland, Germany and Belgium": a name asked given only
    // among others is the group's, and so is a count or amount told of it (a date or a name may
    // be each one's: "Sweden, Finland and Norway joined in 2023").
    // (The sentence's values are read only where it may hold an enumeration: scoring comes before extraction.)
    const grouped = countsAsked && MAY_ENUMERATE.test(s.text) && askedNames.some((t) => present.has(t)) ? namedOnlyInGroup(s.text, view.claims(s), askedNames) : undefined;
    const ownTerm = (w: string) => present.has(w) && !grouped?.has(w) && (!asKin.has(w) || (!subjectAsKin && asKin.get(w)! < terms.filter((t) => t.term === w).length));
    const sSubject = subject.length ? share(subject, (t) => (otherHead && t === q.headTerm) || holdsWord(t, s.docId, ownTerm, s.text) || inRecord(t)) : 0;
    // "Which integrations do you support? Samsara, Geotab and Motive…": an answer states what the
    // question right before it asks (a FAQ's heading), in its words.
    const before = view.previous(s);
    const beforeTerms = before ? new Set(view.terms(before).map((t) => t.term)) : undefined;
    const askedHere = before && /\?\s*$/.test(before.text) ? beforeTerms : undefined;
    const stating = askedHere ? (w: string) => present.has(w) || askedHere.has(w) : (w: string) => present.has(w);
    const sExact = matchableRelation.length ? share(matchableRelation, (t) => states(t, stating)) : 0;
    // "It was founded in 1867" for "When was Cove Fort built?": a near relation, stated.
    const sNear = matchableRelation.length ? share(matchableRelation, (t) => states(t, stating, true)) : 0;
    const sRelation = sExact + NEAR_RELATION * (sNear - sExact);
    const reference = referenceTo(lead, s.text, terms);
    // "Starter is $390 for 5 seats. Growth is $1,390 and includes 25 seats": a sentence that opens
    // with a name of its own is about that, not about the sentence before. (Asked only where the
    // sentence before names some of the subject: reading a document's words costs.)
    const ownName = sSubject === 0 && !reference && !!beforeTerms && subject.some((t) => beforeTerms.has(t)) && opensWithOwnName(s);
    const prevTerms = ownName ? undefined : beforeTerms;
    let context: number;
    // "John Lambie was a Scottish engineer. He was born…": a pronoun after a sentence naming the subject.
    let afterNaming = false;
    let prevShare = 0;
    if (sSubject > 0) context = 0.5 + 0.5 * Math.max(sSubject, reference === "name" ? lead.share : 0);
    else if (reference) context = 0.5 + 0.5 * lead.share * (reference === "name" ? BY_DEFINED_NAME : BY_PRONOUN);
    else {
      prevShare = prevTerms ? share(subject, (t) => prevTerms.has(t)) : 0;
      // A person is named in full there: "Kevin could do it all. He quit…" may be another Kevin.
      afterNaming = prevShare >= NAMES_SUBJECT && (!q.namesPerson || q.nameTerms.every((t) => prevTerms!.has(t))) && PRONOUN_NEAR_START.test(s.text);
      context = afterNaming ? 0.5 + 0.5 * prevShare * BY_PRONOUN : prevShare > 0 ? BY_PREVIOUS_SENTENCE : UNREFERRED;
    }
    const relationFactor = RELATION_BASE + (1 - RELATION_BASE) * sRelation;
    const prose = terms.length > PROSE_WORDS ? Math.sqrt(PROSE_WORDS / terms.length) : 1;
    const relevance = context * relationFactor * (0.7 + 0.3 * coverageOf(s.docId)) * prose;
    const aboutSubject = sSubject >= NAMES_SUBJECT || reference !== undefined || lead.share >= DEFINES_SUBJECT || afterNaming;
    const sStated = statedRelation.length ? share(statedRelation, (t) => states(t, (w) => present.has(w), true)) : 0;
    const referenceKind: ReferenceKind =
      sSubject >= NAMES_SUBJECT ? "named" : reference === "name" ? "definedName" : reference === "pronoun" ? "pronoun" : afterNaming ? "afterNaming" : sSubject > 0 ? "partial" : prevShare > 0 ? "previous" : "none";
    const statesRelation = statedRelation.length > 0 && sStated >= STATES_RELATION;
    // How much of the whole question this sentence and the one before it hold.
    const around = prevTerms ? new Set([...present, ...prevTerms]) : present;
    // The numbers the question states ("in 2021", "the 1902 trawler") stated here too.
    const statedHere = stated.length ? stated.filter((t) => around.has(t)).length / stated.length : 1;
    // (the subject may be named just before; the relation must be stated here).
    const inContext = (w: string) => (present.has(w) ? ownTerm(w) : around.has(w));
    const questionInContext = share([...subject, ...matchableRelation], (t) => (subject.includes(t) ? (otherHead && t === q.headTerm) || holdsWord(t, s.docId, inContext, s.text) || inRecord(t) : states(t, stating)));
    // The subject's head ("memo" of "the mine memo") in the sentence, or the sentence refers to the subject as a whole.
    // …or the sentence gives the subject's name with another head: "the Ottawa Treaty" for "the Ottawa Convention".
    const headNamed = !q.headTerm || holdsWord(q.headTerm, s.docId, (w) => around.has(w), s.text) || reference !== undefined || afterNaming || otherHead;
    const namesSubject = reference !== undefined || afterNaming || named.length === 0 || named.some((t) => holdsWord(t, s.docId, (w) => around.has(w), s.text));
    const sentenceEvidence = { headNamed, namesSubject, namesake: namesakes.get(s.docId), questionNumbers: statedHere, subjectNamed: sSubject, reference: referenceKind, documentSubject: coverageOf(s.docId), lead: lead.share, asksRelation: matchableRelation.length > 0, relation: sExact, nearRelation: sNear - sExact, statesRelation, prose, questionInContext };
    return { s, terms, sSubject, relevance, relationFactor, lead, reference, aboutSubject, statesRelation, sentenceEvidence, heading: askedHere, countsGroup: !!grouped?.size };
  });
  byRelevance(scored);
  const passages: SentenceRef[] = [];
  const passageDocs = new Set<string>();
  // "what's the capital of Finland" where no document says "capital" in any form: the sources speak
  // of Finland, not of the thing asked for, so there is nothing to show. (A verb no document uses,
  // "who reffed the derby", may be slang for one they do: those still get passages.)
  const focusTerm = q.focus ? normalizeTerm(q.focus) : null;
  const asksBeyondHedges = unhedged.length > 0;
  const nothingAsked = !q.asksPassages && !!focusTerm && relation.includes(focusTerm) && !states(focusTerm, (w) => index.has(w), true);
  for (const { s, aboutSubject, sentenceEvidence: e } of nothingAsked ? [] : scored) {
    if (passages.length >= PASSAGES) break;
    // About the subject and its asked relation, or naming part of the subject while stating the relation.
    // (A hedge alone, "the new CFO", is no relation a passage must state. Nor is the verb of a
    // "why" or "how" question: "how did the fight start" is told in sentences about the fight.)
    const statesIt = e.relation + e.nearRelation > 0 && (aboutSubject || e.subjectNamed > 0);
    const speaksOf = e.asksRelation && asksBeyondHedges ? statesIt || (q.asksPassages === true && aboutSubject) : aboutSubject;
    if (passageDocs.has(s.docId) || !speaksOf) continue;
    passageDocs.add(s.docId);
    passages.push(s);
  }

  const candidates: Candidate[] = [];
  const withheld: SentenceRef[] = [];
  const bestInDoc = new Map<string, number>();
  const subjectFound = docs.length > 0;
  const asksAgent = q.answerType === "person" || q.answerType === "organization";
  const doerAsked = asksDoer(q);
  const maker = asksMaker(q);
  // Which deeds' agents answer: those the question names; any making, for "the creator".
  const makingTerms = new Set(MAKER_VERBS.map((v) => normalizeTerm(v) ?? v));
  const agentOf = (verb: string) => {
    const term = normalizeTerm(verb) ?? verb;
    return relationWords.has(term) || (q.focus === "creator" && makingTerms.has(term));
  };
  // British and American spellings: WordNet files colours under "color".
  const kinds = q.answerType === "text" && q.focus ? kindsAsked(q.focus === "colour" ? "color" : q.focus) : undefined;
  // "In which city…": a place English knows as a city (Boston, Paris) fits better than a street.
  const placeKinds = q.answerType === "place" && q.focus ? kindsOf(q.focus) : undefined;
  const asksStart = asksWhenBegun(q);
  const askedEvent: LifeEvent | undefined = askedLifeEvent(q);
  // "What is the population…?": "3,559 people" states a population, whatever words surround it.
  const countedBy = new Set(q.answerType === "number" ? (q.units ?? []).filter((u) => u !== q.unit) : []);
  // The most a value can score above its sentence's relevance.
  // (A value that answers by itself counts its sentence's relation as fully matched.)
  const bestBoost = (BEST_FIT * (asksAgent ? AGENT_BONUS : 1) * (placeKinds ? KNOWN_PLACE : 1)) / (askedEvent || kinds || maker || q.acronyms.length || q.answerType === "place" ? RELATION_BASE : 1);
  // The stems a governing verb may have to state the asked relation; "dated" dates any document.
  // "population in 2021": a value written beside another year is that year's (see times.ts).
  const askedYears = yearsOf(stated);
  const relationVerbs = new Set([...relationWords, ...nearWords, normalizeTerm("dated") ?? "date"]);
  for (const { s, terms, sSubject, relevance, relationFactor, lead, reference, aboutSubject, statesRelation, sentenceEvidence, heading, countsGroup } of scored) {
    const mayWithhold = sSubject > 0 && withholds(s.text, q.answerType) !== undefined;
    // "Why…", "what happened…" is answered by passages, whatever values the sentences hold (see
    // engine.ts): only a source saying the answer is withheld is read further.
    if (q.asksPassages && !mayWithhold) continue;
    if (relevance * bestBoost < CONSENSUS_MARGIN * (bestInDoc.get(s.docId) ?? 0) && !mayWithhold) continue;
    const relationPositions = positionsOf(terms, (t) => anchorWords.has(t));
    for (const name of anchorNames) relationPositions.push(...phraseEnds(terms, name));
    const nearPositions = positionsOf(terms, (t) => nearWords.has(t));
    // The relation asked by the question right before the sentence (a FAQ's heading) stands just before it.
    const askedBefore = relationPositions.length === 0 && heading !== undefined && [...anchorWords].some((w) => heading.has(w));
    const subjectPositions = positionsOf(terms, (t) => subjectWords.has(t) || (reference !== undefined && lead.nameTerms.has(t)));
    // A pronoun stands near the sentence's start.
    if (reference === "pronoun" && subjectPositions.length === 0) subjectPositions.push(0);
    const found: readonly Claim[] = q.answerType === "text" ? textClaims(q, s.text, subjectPositions, kinds, (t) => relationWords.has(t)) : view.claims(s, q.answerType);
    // A place in brackets after the subject's name says where it is: "Kate Hale House (Lowton, Iowa)".
    const bracketed = q.answerType === "place" ? placeInBrackets(s.text, found, q.nameTerms.length ? q.nameTerms : subject) : undefined;
    const claims = bracketed ? [...found.filter((c) => c.start >= bracketed.end || c.end <= bracketed.start), bracketed] : found;
    let typed = 0;
    const aside = claims.length ? asideTokens(s.text) : undefined;
    let sentenceTokens: string[] | undefined;
    // Values of the asked kind in this sentence: the fewer, the likelier each is the one asked for.
    const ofKind = claims.filter((c) => typeFit(q, c) > 0).length;
    // Whether the sentence states the deed asked: the same for every value in it.
    const statesDeedHere = mentionsStated(terms) || (heading !== undefined && [...statingWords].some((w) => heading.has(w)));
    for (const claim of claims) {
      const kindFit = typeFit(q, claim);
      if (kindFit <= 0) continue;
      typed++;
      if (echoesQuestion(q, claim, askedWords)) continue;
      // "is it from 1997 or 1999?": only the years offered answer.
      if (q.choices?.length && !q.choices.some((y) => claim.normalized.startsWith(y))) continue;
      // "besides the US, which countries…": a name set aside answers nothing.
      if (q.excluded?.some((x) => isNameType(claim.type) && compatible(claim.type, { normalized: x }, { normalized: claim.normalized }))) continue;
      const first = rawTokens(s.text.slice(0, claim.start)).length;
      const last = first + Math.max(0, rawTokens(claim.value).length - 1);
      const bodyNotDoing = doerAsked && claim.type === "organization" && !doesDeed(s.text, claim, relationPositions, first, last);
      // A person given another office beside the name ("Gregory Pell (COO)") holds that one; given the one asked, answers by itself.
      const held = office ? officeOf(s.text, claim, office) : undefined;
      const tenure = asksNew ? tenureOf(s.text, claim) : undefined;
      const fit = measuresOther(s.text, claim) || kinOfAnother(s.text, claim) || held === "other" || tenure === "outgoing" || countsGroup || (asksCurrent && isSuperseded(s.text, claim)) || (asksPart && PART_FOLLOWS.test(s.text.slice(claim.end))) || amountOfAnotherName(s.text, claim, view.claims(s, "person"), subjectWords) ? kindFit * OTHER_MEASURE_FIT : bodyNotDoing ? Math.min(kindFit, NAME_FIT.person!.organization!) : kindFit;
      if (askedYears.length && claim.type !== "date" && boundToOtherYear((sentenceTokens ??= rawTokens(s.text)), first, last, askedYears)) continue;
      const event = q.answerType === "date" ? lifeEvent(s.text, claim) : undefined;
      // The agent of the subject: "by" shortly after the subject is named.
      const agent = asksAgent && subjectPositions.some((p) => p < first && first - p <= AGENT_REACH) && isAgent(s.text, claim, agentOf) ? AGENT_BONUS : 1;
      // Some values state the asked relation by themselves, whatever other words the question used:
      // a lifespan or "born …" for a birth; a kind of what was asked ("golf" for "what sport"); the
      // maker of a work ("an album by Doro" for "Who is the artist…?"), unless the sentence says how
      // each agent made it ("based on the play by…, directed by…"); an acronym spelled out; a town
      // and its region in brackets after the subject's name ("(Lowton, Iowa)": a region alone mostly
      // tells namesakes apart, and the passage may say more); a person given the office asked ("Jonas Feld (CFO)").
      const answersByItself =
        (event !== undefined && event === askedEvent) ||
        (kinds?.has(claim.normalized) ?? false) ||
        (maker && agent > 1 && relationPositions.length === 0) ||
        (claim.type === "text" && q.acronyms.some((a) => spellsAcronym(claim.value, a))) ||
        (claim === bracketed && bracketed.value.includes(",")) ||
        possessesHead(s.text, claim) ||
        definesAsked(s.text, claim) ||
        held === "asked" ||
        (tenure === "incoming" && held === undefined);
      // Close to the relation ("signed … on January 15") and to the subject ("Pilzno is 4,411"); a
      // near relation stands in for the relation only where the sentence does not state it.
      const seen = (positions: number[]) => (q.answerType === "date" ? acrossClauses(s.text, claim, positions, first) : positions);
      // A question that names no relation ("the date of the memo?") places its value by the subject
      // alone; so, where the sentence does not use them, does one whose only relation words are
      // hedges: "how long is the review period" is answered by "a 90-day review" as well as by "90 days long".
      const byRelation = relationPositions.length || !nearPositions.length ? closeness(seen(askedBefore ? [...relationPositions, -1] : relationPositions), first, last, aside) : NEAR_RELATION * closeness(seen(nearPositions), first, last, aside);
      // "481 employees" for "how many employees": the value carries the noun asked, its relation
      // word, so it is placed by its subject, as where the question names no relation ("six points
      // behind", another measure, is not).
      const carriesRelation = claim.unit !== undefined && relation.includes(claim.unit) && fit === kindFit;
      const toRelation = !relation.length || carriesRelation ? closeness(subjectPositions, first, last, aside) : placedBySubject ? Math.max(byRelation, closeness(subjectPositions, first, last, aside)) : byRelation;
      const proximity = 0.6 * (answersByItself ? 1 : toRelation) + 0.4 * closeness(subjectPositions, first, last, aside);
      const life = event === undefined || event === askedEvent ? 1 : OTHER_LIFE_DATE;
      const ending = event === undefined && asksStart && endsRange(s.text, claim) ? RANGE_END : 1;
      const place = q.answerType === "place" ? placeFit(claim, placeKinds) * namesakeFit(claim, subject) : 1;
      const score = (answersByItself ? relevance / relationFactor : relevance) * fit * proximity * agent * life * ending * place;
      const related = aboutSubject && (answersByItself || statesRelation || claim === bracketed || (claim.unit !== undefined && countedBy.has(claim.unit)));
      const nearestRelation = relationPositions.reduce<number | undefined>((best, p) => (best === undefined || Math.abs(p - first) < Math.abs(best - first) ? p : best), undefined);
      const holder = nearestRelation === undefined ? undefined : relationHolder(s.text, nearestRelation, subjectWords);
      const verb = relationVerbs.size > 1 ? governingVerb(s.text, first, last, claim.type === "person" || claim.type === "organization" || claim.type === "place") : undefined;
      // The sentence's evidence field by field, not spread: V8 gives a spread copy that then gains
      // the value's fields a hidden class of its own each time, which cost 7 ms and 1.8 MB of
      // old-generation garbage per question on the benchmark's corpus (BENCHMARKS.md).
      const se = sentenceEvidence;
      const evidence: Evidence = {
        headNamed: se.headNamed, namesSubject: se.namesSubject, namesake: se.namesake, incoming: tenure === "incoming", questionNumbers: se.questionNumbers, subjectNamed: se.subjectNamed, reference: se.reference,
        documentSubject: se.documentSubject, lead: se.lead, asksRelation: se.asksRelation, relation: se.relation, nearRelation: se.nearRelation,
        statesRelation: se.statesRelation, prose: se.prose, questionInContext: se.questionInContext,
        kindFit: fit,
        guessedKind: claim.guessed === true,
        toRelation: answersByItself ? 1 : toRelation,
        mentionsRelation: answersByItself || statesDeedHere,
        toSubject: closeness(subjectPositions, first, last, aside),
        answersByItself,
        agent: agent > 1,
        otherLifeEvent: life < 1,
        rangeEnd: ending < 1,
        placeFit: place,
        governedByRelation: verb !== undefined && relationVerbs.has(verb),
        // "announced its withdrawal in July 2025": the asked relation's own noun, nearer the value, is the event.
        otherEvent: verb !== undefined && wordsOf(s.docId).matchable.length > 0 && !relationVerbs.has(verb) && !relationPositions.some((p) => p < first && first - p <= 6),
        sameKindInSentence: ofKind,
        echo: echoShare(q, claim),
        asModifier: modifiesNoun(s.text, claim),
        fittingPreposition: PREPOSITION_OF[q.answerType]?.test(s.text.slice(Math.max(0, claim.start - 12), claim.start)) ?? false,
        unknownRelation: wordsOf(s.docId).unknown,
        beforeSubject: subjectPositions.some((p) => p > last && p - last <= 3) && !/[,;:(]/.test(s.text.slice(claim.end, (tokenOffsets(s.text)[subjectPositions.find((p) => p > last)!] ?? claim.end))),
        inferredYear: claim.inferredYear === true,
        yearless: claim.type === "date" && claim.normalized.startsWith("--"),
        relationOfSubject: holder === "subject",
        relationOfOther: holder === "other",
      };
      candidates.push({ claim, sentence: s, score, related, evidence });
      if (score > (bestInDoc.get(s.docId) ?? 0)) bestInDoc.set(s.docId, score);
    }
    if (typed === 0 && mayWithhold) withheld.push(s);
  }
  return { candidates, withheld, subjectFound, passages, ...(stories ? { stories } : {}) };
}

/**
 * The last word of a spelled-out name (`name`, index terms) stands in the sentence only as the head
 * of another capitalized name: "Officer" of "Chief Operating Officer" where "Chief Financial
 * Officer" is meant. A sentence without the word says nothing here (it may be the sentence before's).
 */
function headsOtherName(text: string, name: readonly string[]): boolean {
  const head = name.at(-1)!;
  const tokens = rawTokens(text);
  const offsets = tokenOffsets(text);
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    if (normalizeTerm(tokens[i]!) !== head) continue;
    seen = true;
    const before = i - 1;
    const capitalBefore = before > 0 && /^\p{Lu}/u.test(text.slice(offsets[before]!, offsets[before]! + 1));
    if (!capitalBefore || normalizeTerm(tokens[before]!) === name.at(-2)) return false;
  }
  return seen;
}
