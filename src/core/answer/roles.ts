/**
 * Offices people hold, as a sentence gives them beside a name: "Gregory Pell (CFO)", "Samuel
 * Achterberg, Chief Operating Officer." Asked "who's the CFO?", a person the sentence gives
 * another office is that office's holder, not the one asked for, however near "CFO" stands.
 */
import type { Claim } from "../types.js";
import { normalizeTerm, rawTokens } from "../search/terms.js";
import { typeOfNoun } from "../question/nouns.js";

/** The office asked for: its own word, its other words, and its name written out ("chief financial officer"). */
export interface AskedOffice {
  terms: ReadonlySet<string>;
  /** Every word of the question: an office's other words must be among them ("project manager"). */
  asked: ReadonlySet<string>;
  writtenOut?: readonly string[];
}

/** "who is the CFO", "who's the new coach": the office asked for, when the question asks a person by one. */
export function askedOffice(question: string, focus: string | undefined, writtenOut: readonly string[] | undefined): AskedOffice | undefined {
  if (!focus) return undefined;
  const word = focus.toLowerCase();
  if (!writtenOut && typeOfNoun(word) !== "person") return undefined;
  const term = normalizeTerm(word);
  if (!term) return undefined;
  const asked = new Set(rawTokens(question).map((w) => normalizeTerm(w)).filter((t): t is string => !!t));
  return { terms: new Set([term]), asked, writtenOut };
}

/** An office in brackets right after a name: "(COO)", "(observer)", "(Chief Operating Officer)". */
const IN_BRACKETS = /^\s*\(([\p{L}][\p{L}\s&'’.-]{1,40})\)/u;
/** …or after a comma, written as a title, to the clause's end: ", Chief Operating Officer." */
const AFTER_COMMA = /^,\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|and|for|\p{Lu}[\p{L}’'-]*))*)\s*(?=[,.;(]|$)/u;
/** …or after "as": "the appointment of Hannah Lindqvist as Chief Financial Officer", "Hannah Lindgren, who joins as CFO". */
const AS_OFFICE = /^(?:,\s*who\s+\p{Ll}+(?:\s+\p{Ll}+)?)?\s+as\s+([^,;.()]{2,50})/u;
/** …or made it: "that Hannah Lindqvist be appointed Chief Financial Officer", "Ruth Ames was elected mayor". */
const MADE_OFFICE = /^\s+(?:(?:is|was|be|been|has been|had been|will be|were)\s+)?(?:appointed|named|elected|made|promoted to|hired as|confirmed as)\s+(?:as\s+)?([^,;.()]{2,50})/u;
/** A label or title of a few words just before the name, no preposition in it: "Incident commander: ", "CFO ". */
const TITLE_BEFORE = /(?:^|[,;:()*.]\s*)((?:(?!(?:to|of|for|with|by|from|at|in|on|and|the)\s)[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+):?\s+$/u;
/** An office's initials: "COO", "CTO". */
const INITIALS = /^\p{Lu}{2,5}$/u;

/**
 * The sentence gives the person `claim` names an office right after the name, and that office is
 * not the one asked: neither its word nor its name written out.
 */
export function titledAsOther(text: string, claim: Claim, office: AskedOffice): boolean {
  if (claim.type !== "person" || titledAs(text, claim, office)) return false;
  const role = officeAfter(text.slice(claim.end));
  if (!role) return false;
  // The office's head noun: "Director" of "Director of Communications".
  const last = role.split(/\s+(?:of|for)\s+/)[0]!.split(/\s+/).at(-1)!;
  // Only an office: initials or a noun for a person ("observer", "Officer"); "(Columbus)" is a place.
  if (!INITIALS.test(last) && typeOfNoun(last.toLowerCase()) !== "person") return false;
  return !namesOffice(role, office);
}

/**
 * The sentence gives the person `claim` names the office asked, beside the name: "Hannah
 * Lindqvist, Chief Financial Officer", "Gregory Pell (CFO)", "Incident commander: Jonas Feld",
 * "appointed Hannah Lindqvist as CFO". That answers "who is the CFO" by itself.
 */
export function titledAs(text: string, claim: Claim, office: AskedOffice): boolean {
  if (claim.type !== "person") return false;
  const after = text.slice(claim.end);
  const role = officeAfter(after) ?? AS_OFFICE.exec(after)?.[1] ?? MADE_OFFICE.exec(after)?.[1];
  if (role && namesOffice(role, office)) return true;
  const before = TITLE_BEFORE.exec(text.slice(0, claim.start))?.[1];
  return before !== undefined && namesOffice(before, office);
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
  return terms.slice(0, at).every(([w, t]) => QUALIFIERS.has(w) || /['’]s$/.test(w) || (t !== null && office.asked.has(t)));
}
