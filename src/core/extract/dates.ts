/**
 * Dates in a sentence, with chrono-node, normalized to ISO 8601 at the precision the text states:
 * "December 2, 2025" → 2025-12-02, "July 2024" → 2024-07, "in 1999" → 1999.
 * Relative expressions ("within 90 days", "Monday") and dates without a year are not facts a
 * reader could check, so they are left out.
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
 * Years joined by a hyphen: "built in 1918-1919", "the 1990-91 season", "1810-11". The range
 * states when something began and when it ended; a date written with hyphens ("2003-7-16") is not one.
 */
const YEAR_RANGE = /(?<![\d,.$£€-])\b(1[0-9]{3}|20[0-9]{2})-([0-9]{4}|[0-9]{2})\b(?![-/][0-9])/g;
/** A decade, perhaps narrowed: "the 1890s", "the early 1920s", "1250s". */
const DECADE = /(?<![\d,.$£€-])\b(?:(?:early|mid|late)[- ])?(1[0-9]{2}0|20[0-9]0)[’']?s\b/gi;

// A fixed reference date keeps parsing deterministic; relative results are dropped anyway.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
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

/** Finds the dates a sentence states. */
export function findDates(sentence: string): Claim[] {
  const claims: Claim[] = [];
  // Every date kept has a four-digit year: without one, chrono's work would be thrown away.
  if (!FOUR_DIGIT_YEAR.test(sentence) && !/\d0[’']?s\b/.test(sentence)) return claims;
  for (const r of chrono.parse(sentence, REFERENCE)) {
    const text = r.text;
    if (!FOUR_DIGIT_YEAR.test(text) || !r.start.isCertain("year")) continue;
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
  const found = findDates(text).find((c) => c.normalized.length >= 7);
  if (!found) return undefined;
  const rest = (text.slice(0, found.start) + text.slice(found.end)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  // Allow a few words around it ("Published", "Updated", a place or country name).
  return rest.split(/\s+/).filter(Boolean).length <= 3 ? found.normalized : undefined;
}
