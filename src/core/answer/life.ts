/**
 * Life events and ranges in a date's words: whether a date is someone's birth or death ("born 6
 * May 1975", a lifespan in brackets), a relative's ("His father … (1916–2010)"), or the end of a
 * range ("from 1670 to 1723"). A question about a birth is answered by a birth date wherever the
 * question's other words stand; a question about when something began is not by an end.
 */
import type { Claim } from "../types.js";
import type { QuestionAnalysis } from "../question/analyze.js";

/** A date that says when someone was born or died: "(born 6 May 1975)", "(1880 – 1937)", "born in Saltcoats, Ayrshire, in 1833". */
const BIRTH_BEFORE = /\b(?:born|b\.)(?:\s*:|\s+(?:[^.;()]{0,40}\s)?(?:on|in))?\s*$/i;
const DEATH_BEFORE = /\b(?:died|d\.)(?:\s*:|\s+(?:[^.;()]{0,40}\s)?(?:on|in))?\s*$/i;
const LIFESPAN_START = /\([^()]*$/;
/** The dash after a birth date, perhaps past its place: "(19 April 1918 in Edinburgh – 30 April 1984…)". */
const LIFESPAN_DASH_AFTER = /^(?:\s+in\s[^()–—−-]{1,40})?\s*[–—−-]\s*\S/;
const LIFESPAN_DASH_BEFORE = /\([^()]*[–—−-]\s*$/;
/** Questions about a birth or a death. */
const ASKS_BIRTH = /\b(?:born|birth|birthday|birthdate)\b/i;
const ASKS_DEATH = /\b(?:die|died|death|dead)\b/i;
/** What a birth or death date counts for when the question asks about another event. */
export const OTHER_LIFE_DATE = 0.5;

export type LifeEvent = "birth" | "death";

/** The second date of a range ("from 1670 to 1723", "1884–1886"): when something ended, not when it began. */
const ENDS_RANGE = /\d\s*(?:[–—−-]|\bto|\buntil|\btill)\s*$/;
/** Questions that ask when something ended. */
const ASKS_END = /\b(?:end|ended|ends|close|closed|dissolved?|abolished|disbanded|demolished|retired?|left|last|until|finish|finished|completed?)\b/i;
/** What the end of a range counts for when the question asks when something began or happened. */
export const RANGE_END = 0.6;

/** A relative named just before a lifespan or "born": "His father Rabbi Menachem Porush (1916–2010)". */
const RELATIVE_BEFORE = /\b(?:father|mother|parents?|son|daughter|child|children|brother|sister|wife|husband|uncle|aunt|grandfather|grandmother|grandson|granddaughter|nephew|niece|cousin|widow)\b(?![^()]*\)\s)[^.;]*$/i;

/** Whether a date is someone's birth or death, from the words or the lifespan around it; "other" when it is a relative's. */
export function lifeEvent(text: string, claim: Claim): LifeEvent | "other" | undefined {
  const event = ownLifeEvent(text, claim);
  if (event && RELATIVE_BEFORE.test(text.slice(Math.max(0, claim.start - 80), claim.start))) return "other";
  return event;
}

const YEARS = /\b\d{4}\b/g;
/**
 * Years in brackets closer than this are a term, not a life: "the presidency of Josiah Harrow
 * (1879–1888)". Few people in a document are named with a lifespan of under 15 years.
 */
const MIN_LIFESPAN_YEARS = 15;
function tooShortForLife(from: string | undefined, to: string | undefined): boolean {
  return from !== undefined && to !== undefined && Number(to) - Number(from) < MIN_LIFESPAN_YEARS;
}

function ownLifeEvent(text: string, claim: Claim): LifeEvent | undefined {
  const before = text.slice(Math.max(0, claim.start - 60), claim.start);
  if (BIRTH_BEFORE.test(before)) return "birth";
  if (DEATH_BEFORE.test(before)) return "death";
  if (LIFESPAN_DASH_BEFORE.test(before) && !tooShortForLife(before.match(YEARS)?.pop(), claim.value.match(YEARS)?.[0])) return "death";
  if (LIFESPAN_START.test(before) && (LIFESPAN_DASH_AFTER.test(text.slice(claim.end)) || /\S\s*[–—−-]\s*\S/.test(claim.value))) {
    const years = claim.value.match(YEARS) ?? [];
    const end = years.length > 1 ? years[years.length - 1] : text.slice(claim.end, claim.end + 60).match(YEARS)?.[0];
    if (!tooShortForLife(years[0], end)) return "birth";
  }
  return undefined;
}

/** The life event a question asks about, if any. */
export function askedLifeEvent(q: QuestionAnalysis): LifeEvent | undefined {
  return ASKS_BIRTH.test(q.question) ? "birth" : ASKS_DEATH.test(q.question) ? "death" : undefined;
}

/** The question asks when something began or happened, not when it ended. */
export function asksWhenBegun(q: QuestionAnalysis): boolean {
  return q.answerType === "date" && !ASKS_END.test(q.question);
}

/** The date ends a range: "1723" in "from 1670 to 1723". */
export function endsRange(text: string, claim: Claim): boolean {
  return ENDS_RANGE.test(text.slice(Math.max(0, claim.start - 12), claim.start));
}
