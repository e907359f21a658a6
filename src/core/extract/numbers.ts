/**
 * Numbers and durations in a sentence, with compromise (it reads "2,000", "1.5 million" and
 * "two thousand" alike), normalized to plain digits. The words that qualify a number ("nearly",
 * "about", "more than") stay in its value, and the noun it counts becomes its unit, so that
 * "how many days" meets "90 days" and "a 90-day review", not "160 countries".
 */
import nlp from "compromise";
import type { Claim } from "../types.js";
import { normalizeTerm, STOP_WORDS } from "../search/terms.js";

const QUALIFIER = /(?:\b(?:nearly|almost|about|around|approximately|roughly|some|over|under|more than|less than|fewer than|at least|at most|up to|close to|just over|just under|an estimated|estimated|upwards of|as many as|as few as|only|just)\s+)$/i;
const APPROXIMATE = /nearly|almost|about|around|approximately|roughly|some|close to|estimated|upwards|as many as/i;
const TIME_UNIT: Record<string, string> = {
  second: "S", minute: "M", hour: "H", day: "D", week: "W", month: "M", year: "Y", decade: "Y", century: "Y",
};
const TIME_UNIT_FACTOR: Record<string, number> = { decade: 10, century: 100 };
/**
 * A noun stated to be the number: "the population was 205", "its population is about 924",
 * "the population of Lowville amounts to 1,971", "had a population of 3,046", "an estimated total population of 25,038". A noun before "of" must follow "a"/"an" ("the age of 18" names an
 * age a rule applies at, not a measure).
 */
const MEASURE_BEFORE = /(?:\b(\p{Ll}+)(?:\s+of(?:\s+\p{Lu}[\p{L}'-]*){1,4})?\s+(?:was|is|were|are|stood at|stands at|amounts to|amounted to|totall?ed|totals|numbered|reached)|\ban?\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+of)\s*$/u;
const WORD_NUMBER = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half)\b/i;

interface NumberMention {
  start: number;
  end: number;
  num: number;
}

function mentions(sentence: string): NumberMention[] {
  // Plain digits are common and cheap to find; compromise is only needed for number words.
  if (!WORD_NUMBER.test(sentence)) {
    const out: NumberMention[] = [];
    for (const m of sentence.matchAll(/(?<![\w.,-])([$€£]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w]|[.,]\d)/g)) {
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, num: Number(m[0].replace(/[,$€£]/g, "")) });
    }
    return out;
  }
  const json = nlp(sentence).numbers().json({ offset: true }) as { text: string; offset: { start: number; length: number }; number: { num: number } }[];
  return json
    .filter((m) => Number.isFinite(m.number?.num) && m.number.num !== 0)
    .map((m) => {
      const raw = sentence.slice(m.offset.start, m.offset.start + m.offset.length);
      const trimmed = raw.replace(/[\s.,;:!?)"'”’]+$/, "");
      return { start: m.offset.start, end: m.offset.start + trimmed.length, num: m.number.num };
    });
}

const format = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000));

/**
 * Finds numbers (with their unit) and durations in a sentence. `taken` are spans already claimed
 * as dates: a year is not a count.
 */
export function findNumbers(sentence: string, taken: readonly { start: number; end: number }[] = []): Claim[] {
  const claims: Claim[] = [];
  for (const m of mentions(sentence)) {
    if (taken.some((t) => m.start < t.end && m.end > t.start)) continue;
    // A reference mark ("98 km [1]", "[ 2 ]") counts nothing.
    if (/\[\s*$/.test(sentence.slice(Math.max(0, m.start - 2), m.start)) && /^\s*\]/.test(sentence.slice(m.end, m.end + 2))) continue;
    const before = sentence.slice(Math.max(0, m.start - 24), m.start);
    const after = sentence.slice(m.end);
    const prevWord = /([\p{L}]+)\s*$/u.exec(before)?.[1] ?? "";
    // Coordinates ("located at (38.533731, −76.782220)") measure nothing anyone asks to count.
    if (/\.\d{5,}$/.test(sentence.slice(m.start, m.end))) continue;
    const hyphenUnit = /^-(\p{L}+)/u.exec(after)?.[1];
    // A participle may stand between a count and its noun: "291 contributing buildings".
    const modified = /^\s+\p{Ll}+(?:ing|ed)\s+(\p{Ll}+)/u.exec(after);
    const modifiedNoun = modified && !/(ed|ing)$/.test(modified[1]!) && !STOP_WORDS.has(modified[1]!) ? modified : null;
    const unitWord = (hyphenUnit ?? modifiedNoun?.[1] ?? /^\s*(\p{L}+)/u.exec(after)?.[1] ?? "").toLowerCase();
    // A unit is a noun: "2,000 people", "90-day", not "235 opened".
    const isUnit = /^\p{Ll}/u.test(unitWord) && !/(ed|ing)$/.test(unitWord) && !STOP_WORDS.has(unitWord);
    // Part of a name or code ("Interstate 235", "Boeing 747"): right after a capitalized word,
    // counting nothing, and not written like a large count ("Total 12,878").
    const raw = sentence.slice(m.start, m.end);
    if (/^\p{Lu}/u.test(prevWord) && /^\S+\s$|^\S+$/.test(before.slice(before.lastIndexOf(prevWord))) && !isUnit && !raw.includes(",")) continue;
    if (/^(st|nd|rd|th)$/.test(unitWord) || /^%/.test(after)) {
      if (/^%/.test(after)) claims.push({ type: "number", value: sentence.slice(m.start, m.end + 1), normalized: format(m.num), start: m.start, end: m.end + 1, unit: "percent" });
      continue;
    }
    // "one of the sixteen townships" picks one out; it counts nothing.
    if (/^one$/i.test(raw) && /^\s+of\b/i.test(after)) continue;
    const qual = QUALIFIER.exec(before)?.[0]?.trim();
    const start = qual ? m.start - (QUALIFIER.exec(before)?.[0]?.length ?? 0) : m.start;
    const unitTerm = isUnit ? (normalizeTerm(unitWord) ?? undefined) : undefined;
    // "1,280.8 people per square mile" is a rate, not a count of people.
    const rate = unitTerm !== undefined && /^\s*\p{L}+\s+per\b/iu.test(after);
    const timeKey = unitWord.replace(/s$/, "").replace(/centurie$/, "century");
    const unitEnd = m.end + (hyphenUnit ? hyphenUnit.length + 1 : modifiedNoun ? modifiedNoun[0].length : unitWord ? (/^\s*\p{L}+/u.exec(after)?.[0].length ?? 0) : 0);
    if (TIME_UNIT[timeKey]) {
      const n = m.num * (TIME_UNIT_FACTOR[timeKey] ?? 1);
      const designator = TIME_UNIT[timeKey]!;
      const iso = designator === "H" || designator === "S" || (designator === "M" && timeKey === "minute") ? `PT${format(n)}${designator}` : `P${format(n)}${designator}`;
      claims.push({ type: "duration", value: sentence.slice(start, unitEnd), normalized: iso, start, end: unitEnd, qualifier: qual, unit: normalizeTerm(timeKey) ?? timeKey });
    }
    const measureWord = unitTerm ? undefined : MEASURE_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
    const measureNoun = measureWord ? (measureWord[1] ?? measureWord[2])! : undefined;
    const measure = measureNoun && !STOP_WORDS.has(measureNoun) && !/(ed|ing)$/.test(measureNoun) ? (normalizeTerm(measureNoun) ?? undefined) : undefined;
    claims.push({
      type: "number",
      ...(measure ? { measure } : {}),
      value: sentence.slice(start, unitTerm ? unitEnd : m.end),
      normalized: format(m.num),
      start,
      end: unitTerm ? unitEnd : m.end,
      qualifier: qual,
      unit: rate ? `${unitTerm} per` : unitTerm,
    });
  }
  // "a decade-long restriction": a duration with no digits.
  for (const m of sentence.matchAll(/\b(a|one|two|three|several)\s+(decade|century|year|month|week|day)s?-long\b/gi)) {
    const count = { a: 1, one: 1, two: 2, three: 3, several: 3 }[m[1]!.toLowerCase() as "a"] ?? 1;
    const unit = m[2]!.toLowerCase();
    const n = count * (TIME_UNIT_FACTOR[unit] ?? 1);
    claims.push({ type: "duration", value: m[0], normalized: `P${n}${TIME_UNIT[unit]}`, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, unit: normalizeTerm(unit) ?? unit });
  }
  return claims;
}

/** True when a number's qualifier makes it approximate ("nearly 2,000"). */
export function isApproximate(qualifier: string | undefined): boolean {
  return !!qualifier && APPROXIMATE.test(qualifier);
}
