/**
 * Dates in a sentence, with chrono-node, normalized to ISO 8601 at the precision the text states:
 * "December 2, 2025" → 2025-12-02, "July 2024" → 2024-07, "in 1999" → 1999. A day and month
 * without a year ("appointed on December 4") take their year from the document's date when it is
 * known (the year that puts them closest to it) and are ISO 8601's year-less "--12-04" when not.
 * Relative expressions ("within 90 days", "on Monday", "last week") and a month alone ("by early
 * March") are not facts a reader could check, so they are left out.
 */
import * as chrono from "chrono-node";
import type { Claim } from "../types.js";

const MONTH_WORD = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const FOUR_DIGIT_YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/;
/** A bare year: four digits from 1000 to 2099 that are not part of a bigger number. */
const BARE_YEAR = /(?<![\d,.$£€-])\b(1[0-9]{3}|20[0-9]{2})\b(?!\d|,\d|\.\d|%|-\d)/g;
/** Words after a four-digit number that show it counts things ("2000 people") rather than dating. */
const COUNTED_AFTER = /^\s+(?:people|persons|men|women|children|troops|soldiers|[a-z]+s)\b/;
/** Words after a four-digit number that show it is a house number: "1313 Belknap Street". */
const ADDRESS_AFTER = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Dr|Place|Way|Highway|Court|Square)\b/u;
const NOT_COUNTED = /^\s+(?:was|is|has|as|this|its|his|hers|ours|yours|theirs|us|s)\b/;
/**
 * Years joined by a hyphen or an en dash: "built in 1918-1919", "the 1990–91 season", "1810-11". The range
 * states when something began and when it ended; a date written with hyphens ("2003-7-16") is not one.
 */
const YEAR_RANGE = /(?<![\d,.$£€-])\b(1[0-9]{3}|20[0-9]{2})[-–]([0-9]{4}|[0-9]{2})\b(?![-–/][0-9])/g;
/** A decade, perhaps narrowed: "the 1890s", "the early 1920s", "1250s". */
const DECADE = /(?<![\d,.$£€-])\b(?:(?:early|mid|late)[- ])?(1[0-9]{2}0|20[0-9]0)[’']?s\b/gi;

/** A month's name beside a day's number ("December 4", "17 November", "4th of July"): a date that may lack its year. */
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?!\d)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** A month's name as English writes it, capitalized: "may" and "march" are verbs. */
const CAPITALIZED_MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
/** The rest of a range of days that states the year: "December 4–6, 2025". */
const DAY_RANGE_TAIL = /^\s*[–—-]\s*(\d{1,2}),?\s+(1[0-9]{3}|20[0-9]{2})\b/;

// A fixed reference date keeps parsing deterministic when the document's date is unknown;
// relative results are dropped anyway, and year-less dates then keep no year.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const pad = (n: number) => String(n).padStart(2, "0");

/** ISO form of a date at a precision. */
export function isoDate(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Between the two dates of a range: a dash, "to", "until". */
const RANGE_SEPARATOR = /\s*(?:[–—−-]|\bto\b|\buntil\b|\btill\b)\s*/;

/** The ISO form of a parsed date, as precise as its text is certain. */
function isoOf(c: chrono.ParsedComponents, year: number): string {
  const month = c.isCertain("month") ? (c.get("month") ?? undefined) : undefined;
  const day = month !== undefined && c.isCertain("day") ? (c.get("day") ?? undefined) : undefined;
  return isoDate(year, month, day);
}

/**
 * The instant a document's ISO date ("2025-12-20", "2025-12", "2025") stands for: its day, or the
 * middle of its month or year when that is all that is known.
 */
function referenceInstant(reference: string | undefined): Date | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(reference ?? "");
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) - 1 : 6;
  const day = m[3] ? Number(m[3]) : m[2] ? 15 : 1;
  return new Date(Date.UTC(Number(m[1]), month, day, 12));
}

/**
 * The year of a day and month written without one, as chrono chose it: the one closest to the
 * reference. A weekday written with the date ("Monday, December 1") settles it between the years
 * on either side.
 */
function closestYear(c: chrono.ParsedComponents): number {
  const year = c.get("year")!;
  const weekday = c.isCertain("weekday") ? c.get("weekday") : null;
  if (weekday === null) return year;
  const fits = (y: number) => new Date(Date.UTC(y, c.get("month")! - 1, c.get("day")!)).getUTCDay() === weekday;
  return fits(year) ? year : ([year - 1, year + 1].find(fits) ?? year);
}

/**
 * The claims of a day and month chrono found without a certain year: its year is the range's
 * ("December 4 to December 6, 2025"; "December 4–6, 2025"), else the reference's closest, else
 * none ("--12-04").
 */
function yearlessClaims(r: chrono.ParsedResult, sentence: string, hasReference: boolean): Claim[] {
  const c = r.start;
  if (!c.isCertain("month") || !c.isCertain("day") || !CAPITALIZED_MONTH.test(r.text) || !/\d/.test(r.text)) return [];
  // A month's name that goes on ("19 Mayıs Stadium") is another word; a number right after the
  // date ("26 Oct 907") is a year chrono could not read: no date is better than a wrong one.
  if (/^(?:\p{L}|,?\s*\d{3,4}\b)/u.test(sentence.slice(r.index + r.text.length))) return [];
  const claims: Claim[] = [];
  const split = r.end ? RANGE_SEPARATOR.exec(r.text) : null;
  const left = split ? r.text.slice(0, split.index) : r.text;
  const tail = r.end ? null : DAY_RANGE_TAIL.exec(sentence.slice(r.index + r.text.length));
  const stated = r.end?.isCertain("year") ? c.get("year") : tail ? Number(tail[2]) : null;
  const dateOf = (p: chrono.ParsedComponents, year: number | null) => {
    if (year !== null) return { normalized: isoDate(year, p.get("month")!, p.get("day")!) };
    if (hasReference) return { normalized: isoDate(closestYear(p), p.get("month")!, p.get("day")!), inferredYear: true };
    return { normalized: `--${pad(p.get("month")!)}-${pad(p.get("day")!)}` };
  };
  const start = r.index;
  claims.push({ type: "date", value: left, ...dateOf(c, stated), start, end: start + left.length });
  if (split && r.end?.isCertain("month") && r.end.isCertain("day")) {
    const at = r.index + split.index + split[0].length;
    const endYear = r.end.isCertain("year") ? r.end.get("year") : null;
    claims.push({ type: "date", value: sentence.slice(at, r.index + r.text.length), ...dateOf(r.end, endYear), start: at, end: r.index + r.text.length });
  }
  if (tail) {
    const from = r.index + r.text.length + tail[0].indexOf(tail[1]!);
    const to = r.index + r.text.length + tail[0].length;
    claims.push({ type: "date", value: sentence.slice(from, to), normalized: isoDate(Number(tail[2]), c.get("month")!, Number(tail[1])), start: from, end: to });
  }
  return claims;
}

/**
 * Finds the dates a sentence states. `reference` is the document's ISO date (front matter or
 * dateline): a day and month written without a year take the year that puts them closest to it,
 * marked `inferredYear`; without it they are normalized year-less ("--12-04").
 */
export function findDates(sentence: string, reference?: string): Claim[] {
  const claims: Claim[] = [];
  const hasYear = FOUR_DIGIT_YEAR.test(sentence);
  const hasMonthDay = MONTH_DAY.test(sentence);
  // Every date kept has a four-digit year or a day of a named month: without one, chrono's work would be thrown away.
  if (!hasYear && !hasMonthDay && !/\d0[’']?s\b/.test(sentence)) return claims;
  const instant = referenceInstant(reference);
  for (const r of hasYear || hasMonthDay ? chrono.parse(sentence, instant ?? REFERENCE) : []) {
    if (!r.start.isCertain("year")) {
      claims.push(...yearlessClaims(r, sentence, instant !== undefined));
      continue;
    }
    const text = r.text;
    if (!FOUR_DIGIT_YEAR.test(text)) continue;
    const year = r.start.get("year");
    if (year === null) continue;
    const hasMonth = MONTH_WORD.test(text) || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text) || /\d{4}-\d{2}/.test(text);
    if (!hasMonth) continue; // a bare year: handled below, with its own context rules
    // A range ("26 June 1624 – 18 June 1668") states two dates: a birth and a death, a start and an end.
    const split = r.end ? RANGE_SEPARATOR.exec(text) : null;
    const left = split ? text.slice(0, split.index) : text;
    claims.push({ type: "date", value: left, normalized: isoOf(r.start, year), start: r.index, end: r.index + left.length });
    const endYear = r.end?.isCertain("year") ? r.end.get("year") : null;
    if (split && r.end && endYear !== null && FOUR_DIGIT_YEAR.test(text.slice(split.index))) {
      const at = split.index + split[0].length;
      claims.push({ type: "date", value: text.slice(at), normalized: isoOf(r.end, endYear), start: r.index + at, end: r.index + text.length });
    }
  }
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const start = m.index ?? 0;
    const from = Number(m[1]);
    const to = m[2]!.length === 2 ? from - (from % 100) + Number(m[2]) : Number(m[2]);
    if (to <= from || to - from > 100 || claims.some((c) => start < c.end && start + m[0].length > c.start)) continue;
    const at = start + m[1]!.length + 1;
    claims.push({ type: "date", value: m[1]!, normalized: m[1]!, start, end: start + m[1]!.length });
    claims.push({ type: "date", value: m[2]!, normalized: String(to), start: at, end: at + m[2]!.length });
  }
  for (const m of sentence.matchAll(DECADE)) {
    const start = m.index ?? 0;
    if (claims.some((c) => start < c.end && start + m[0].length > c.start)) continue;
    claims.push({ type: "date", value: m[0], normalized: `${m[1]}s`, start, end: start + m[0].length });
  }
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (claims.some((c) => start < c.end && end > c.start)) continue;
    const after = sentence.slice(end, end + 24);
    if (COUNTED_AFTER.test(after) && !NOT_COUNTED.test(after)) continue;
    if (ADDRESS_AFTER.test(sentence.slice(end, end + 40))) continue;
    claims.push({ type: "date", value: m[0], normalized: m[0], start, end });
  }
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * Parses a short line that is nothing but a date ("Dec 20, 2025", "Published 2025-12-20"),
 * returning its ISO form, or undefined when the line says more than a date.
 */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 60) return undefined;
  // A full date only: a dateline without its year ("Dec 20") dates nothing.
  const found = findDates(text).find((c) => /^\d{4}-\d{2}/.test(c.normalized));
  if (!found) return undefined;
  const rest = (text.slice(0, found.start) + text.slice(found.end)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  // Allow a few words around it ("Published", "Updated", a place or country name).
  return rest.split(/\s+/).filter(Boolean).length <= 3 ? found.normalized : undefined;
}
