/**
 * Offices people hold, as a sentence gives them beside a name: "Gregory Pell (CFO)", "Samuel
 * Achterberg, Chief Operating Officer." Asked "who's the CFO?", a person the sentence gives
 * another office is that office's holder, not the one asked for, however near "CFO" stands.
 */
import type { Claim } from "../types.js";
import { normalizeTerm, rawTokens } from "../search/terms.js";
import { typeOfNoun } from "../question/nouns.js";

/** The office asked for: its word, and its name written out where the question gives an acronym ("chief financial officer"). */
export interface AskedOffice {
  terms: ReadonlySet<string>;
  /** Every word of the question: an office's other words must be among them ("project manager"). */
  asked: ReadonlySet<string>;
  /** The question's own words that make the office ("resident" of "resident engineer"): a title must carry them. */
  modifiers: readonly string[];
  writtenOut?: readonly string[];
}

/** "who is the CFO", "who's the new coach": the office asked for, when the question asks a person by one. */
export function askedOffice(question: string, focus: string | undefined, writtenOut: readonly string[] | undefined, nameTerms: readonly string[] = []): AskedOffice | undefined {
  if (!focus) return undefined;
  const word = focus.toLowerCase();
  // Asked "who": a noun the lexicon files first as a thing is an office here ("the clinical lead").
  if (!writtenOut && !asksWho(question) && typeOfNoun(word) !== "person") return undefined;
  const term = normalizeTerm(word);
  if (!term) return undefined;
  const tokens = rawTokens(question);
  const asked = new Set(tokens.map((w) => normalizeTerm(w)).filter((t): t is string => !!t));
  // "the resident engineer": the words that make it an office of its own, which a title must carry too.
  const modifiers: string[] = [];
  for (let i = tokens.lastIndexOf(word) - 1; i >= 0; i--) {
    const own = normalizeTerm(tokens[i]!);
    if (!own || QUALIFIERS.has(tokens[i]!) || nameTerms.includes(own) || /['’]s$/.test(tokens[i]!)) break;
    modifiers.unshift(own);
  }
  return { terms: new Set([term]), asked, modifiers, writtenOut };
}

/** "who is the …", "who's the new …": a question asking a person by what they are. */
const asksWho = (question: string) => /^\s*who(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+(?:the|our|their|its)\b/i.test(question);

/** An office in brackets right after a name: "(COO)", "(observer)", "(Chief Operating Officer)". */
const IN_BRACKETS = /^\s*\(([\p{L}][\p{L}\s&'’.-]{1,40})\)/u;
/** …or after a comma, to the clause's end, written as a title or after a determiner: ", Chief Operating Officer.", ", the resident engineer,". */
const AFTER_COMMA = /^,\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|and|for|\p{Lu}[\p{L}’'-]*))*|(?:the|its|their|his|her|our)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+)\s*(?=[,.;(]|$)/u;
/** …or after "as": "the appointment of Hannah Lindqvist as Chief Financial Officer", "Hannah Lindgren, who joins as CFO". */
const AS_OFFICE = /^(?:,\s*who\s+\p{Ll}+(?:\s+\p{Ll}+)?)?\s+as\s+([^,;.()]{2,50})/u;
/** …or made it: "that Hannah Lindqvist be appointed Chief Financial Officer", "Ruth Ames was elected mayor". */
const MADE_OFFICE = /^\s+(?:(?:is|was|be|been|has been|had been|will be|were)\s+)?(?:appointed|named|elected|made|promoted to|hired as|confirmed as)\s+(?:as\s+)?([^,;.()]{2,50})/u;
/** An office's initials: "COO", "CTO". */
const INITIALS = /^\p{Lu}{2,5}$/u;

/**
 * The office the sentence gives the person `claim` names, beside the name: "asked" when it is the
 * one asked ("Hannah Lindqvist, Chief Financial Officer", "Gregory Pell (CFO)", "Incident
 * commander: Jonas Feld", "appointed Hannah Lindqvist as CFO"), which answers "who is the CFO" by
 * itself; "other" when it is another, written right after the name ("Samuel Achterberg (COO)"),
 * whose holder that person is; undefined when it gives none.
 */
export function officeOf(text: string, claim: Claim, office: AskedOffice): "asked" | "other" | undefined {
  if (claim.type !== "person") return undefined;
  const after = text.slice(claim.end);
  const beside = officeAfter(after);
  const role = beside ?? AS_OFFICE.exec(after)?.[1] ?? MADE_OFFICE.exec(after)?.[1];
  if (role && namesOffice(role, office)) return "asked";
  const before = titleBefore(text.slice(0, claim.start), office);
  if (before !== undefined && namesOffice(before, office)) return "asked";
  if (!beside) return undefined;
  // The office's head noun: "Director" of "Director of Communications".
  const last = beside.split(/\s+(?:of|for)\s+/)[0]!.split(/\s+/).at(-1)!;
  // Only an office: initials or a noun for a person ("observer", "Officer"); "(Columbus)" is a place.
  return INITIALS.test(last) || typeOfNoun(last.toLowerCase()) === "person" ? "other" : undefined;
}

const PREPOSITIONS = new Set(["to", "of", "for", "with", "by", "from", "at", "in", "on", "under", "than", "like"]);

/** The most words a title before a name runs to: "Marlow Heath interim head coach". */
const TITLE_WORDS = 5;
/** The words read back from a name: a title's, and one more to see what stands before it. */
const WORDS_BEFORE = new RegExp(`((?:[\\p{L}'’-]+\\s+){0,${TITLE_WORDS}}[\\p{L}'’-]+)[:,]?\\s+$`, "u");

/**
 * The title written right before a name ("manager Fiona Garrity", "Incident commander: Jonas
 * Feld", "Marlow Heath manager …"): the run of words up to it that a title is made of: names,
 * qualifiers, possessives and the question's own words. "said manager" is a verb, then the title.
 */
function titleBefore(before: string, office: AskedOffice): string | undefined {
  const words = WORDS_BEFORE.exec(before)?.[1]?.split(/\s+/);
  if (!words) return undefined;
  const run: string[] = [];
  for (const word of words.reverse()) {
    const term = normalizeTerm(word);
    const fits = /^\p{Lu}/u.test(word) || QUALIFIERS.has(word) || /['’]s$/.test(word) || (term !== null && (office.asked.has(term) || office.terms.has(term)));
    // "Reporting to the CFO: Nadia Ferreira": an office after a preposition is another's, no title of this name.
    if (!fits && PREPOSITIONS.has(word.toLowerCase())) return undefined;
    if (!fits || run.length === TITLE_WORDS) break;
    run.unshift(word);
  }
  return run.length ? run.join(" ") : undefined;
}

/** An office written right after a name, in brackets or after a comma. */
function officeAfter(after: string): string | undefined {
  return (IN_BRACKETS.exec(after) ?? AFTER_COMMA.exec(after))?.[1]?.trim();
}

/** Words that qualify an office without making it another: "the new CFO", "interim coach". */
const QUALIFIERS = new Set(["the", "a", "an", "new", "current", "interim", "acting", "incoming", "outgoing", "former", "then", "its", "their", "our", "his", "her"]);

/**
 * The words name the office asked: its name written out, or its word with nothing before it in
 * the phrase but the question's own words and qualifiers. "City Manager" is not "project
 * manager", nor "Deputy CFO" the CFO.
 */
function namesOffice(words: string, office: AskedOffice): boolean {
  const terms = rawTokens(words).map((w) => [w, normalizeTerm(w)] as const);
  if (office.writtenOut?.every((t) => terms.some(([, own]) => own === t))) return true;
  const at = terms.findIndex(([, t]) => t !== null && office.terms.has(t));
  if (at < 0) return false;
  // "the local engineer" is no resident engineer.
  if (!office.modifiers.every((m) => terms.some(([, t], i) => i < at && t === m))) return false;
  return terms.slice(0, at).every(([w, t]) => QUALIFIERS.has(w) || /['’]s$/.test(w) || (t !== null && office.asked.has(t)));
}
