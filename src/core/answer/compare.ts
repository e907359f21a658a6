/**
 * When two stated values can both be true. Dates at different precisions are compatible when one
 * contains the other (2025-07 and 2025; a year-less --12-04 and 2025-12-04); approximate numbers
 * when they are close ("nearly 2,000" and "about 2,000"); measures when they are equal in one
 * unit (41 miles and 66 km); durations when they are one length of time (two weeks and 14 days;
 * three months and 90 days, within a calendar month's variation); names when one is a shortening
 * of the other (Pete / Peter Hegseth, Hegseth, U.N. / United Nations); free text when one phrase's
 * words include the other's.
 */
import type { AnswerType, Claim } from "../types.js";
import { termsOf } from "../search/terms.js";
import { isApproximate } from "../extract/numbers.js";
import { convertMeasure } from "../units/measures.js";
import { durationLength } from "../units/durations.js";
import { BoundedCache, stringBytes } from "../cache.js";

/**
 * A value to compare: its canonical form, whether it was stated approximately, and for a number
 * what it is a number of (a rank, an amount of money, a measure in a unit). A `Claim` carries
 * all of these but `approximate`: `comparableOf` makes one from a claim.
 */
export interface Comparable {
  normalized: string;
  approximate?: boolean;
  /** A rank ("5th"): equal to the same rank only. */
  ordinal?: boolean;
  /** A score or tally ("7-2"): equal to the same one only. */
  score?: boolean;
  /** ISO 4217 currency of an amount of money. */
  currency?: string;
  /** The period a rate is stated for ("month" in "$12/month"). */
  per?: string;
  /** A measure's unit as the units library writes it ("mi", "km2"). */
  quantityUnit?: string;
}

/** What of a claim the comparison needs. */
export function comparableOf(claim: Claim): Comparable {
  return {
    normalized: claim.normalized,
    approximate: isApproximate(claim.qualifier),
    ...(claim.ordinal ? { ordinal: true } : {}),
    ...(claim.score ? { score: true } : {}),
    ...(claim.currency ? { currency: claim.currency } : {}),
    ...(claim.per ? { per: claim.per } : {}),
    ...(claim.quantityUnit ? { quantityUnit: claim.quantityUnit } : {}),
  };
}

/** How far apart two numbers stated approximately ("nearly 2,000", "about 2,000") may be. */
const APPROXIMATE_TOLERANCE = 0.1;
/**
 * How far apart one length of time may be in calendar months or years and in days or weeks:
 * a month is 28 to 31 days, 30.44 on average, so "three months" is 89 to 92 days.
 */
const CALENDAR_TOLERANCE = 0.05;
/** A figure converted from another unit is rounded: "41 miles (66 km)" agree within 1%… */
const CONVERSION_TOLERANCE = 0.01;
/** …or within the rounding of the figures as written ("1,000 ft (300 m)"), up to 5%. */
const MAX_ROUNDING = 0.05;

/** Within a share of the larger value. */
const near = (p: number, q: number, share: number) => Math.abs(p - q) <= share * Math.max(Math.abs(p), Math.abs(q)) + 1e-9;

/**
 * Half a unit in the last place a figure is written to: 0.5 for "347", 0.05 for "1.2", 50 for
 * "1,000" (its zeros may be rounding).
 */
function halfStep(normalized: string): number {
  const [whole, fraction] = normalized.split(".");
  if (fraction) return 0.5 * 10 ** -fraction.length;
  const zeros = /0*$/.exec(whole ?? "")![0].length;
  return 0.5 * 10 ** Math.min(zeros, Math.max(0, (whole ?? "").length - 1));
}

/** ISO dates as parts; a year-less "--12-04" has none. Undefined for anything else ("1990s"). */
function dateParts(iso: string): { year?: string; month?: string; day?: string } | undefined {
  const full = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (full) return { year: full[1], month: full[2], day: full[3] };
  const yearless = /^--(\d{2})-(\d{2})$/.exec(iso);
  return yearless ? { month: yearless[1], day: yearless[2] } : undefined;
}

/** True when two dates state no part in common: a day with no year ("--07-02") and a year alone (1964). */
export function shareNoDatePart(x: string, y: string): boolean {
  const a = dateParts(x);
  const b = dateParts(y);
  return !!a && !!b && !(["year", "month", "day"] as const).some((p) => a[p] !== undefined && b[p] !== undefined);
}

/** Two dates that can be one: every part both state agrees (2025 and 2025-07; --12-04 and 2025-12-04). */
function sameDate(x: string, y: string): boolean {
  if (x.startsWith(y + "-") || y.startsWith(x + "-")) return true;
  const a = dateParts(x);
  const b = dateParts(y);
  if (!a || !b || (a.year && b.year)) return false; // both with years: the prefix rule above decides
  const agree = (p?: string, q?: string) => p === undefined || q === undefined || p === q;
  return agree(a.month, b.month) && agree(a.day, b.day);
}

/** Two lengths of time that can be one: two weeks and 14 days; three months and 90 days. */
function sameDuration(a: Comparable, b: Comparable): boolean {
  const p = durationLength(a.normalized);
  const q = durationLength(b.normalized);
  if (!p || !q) return false;
  const share = a.approximate || b.approximate ? APPROXIMATE_TOLERANCE : p.calendar !== q.calendar ? CALENDAR_TOLERANCE : 0;
  return near(p.seconds, q.seconds, share);
}

const PERIOD_ISO: Readonly<Record<string, string>> = { hour: "PT1H", day: "P1D", week: "P1W", month: "P1M", year: "P1Y" };

/** Two numbers that can be one: equal, close when approximate, equal in one unit or per one period. */
function sameNumber(a: Comparable, b: Comparable): boolean {
  let p = Number(a.normalized);
  const q = Number(b.normalized);
  // A score is one value in two numbers ("7-2"): the same only as written the same.
  if (a.score || b.score) return a.normalized === b.normalized;
  if (!Number.isFinite(p) || !Number.isFinite(q)) return false;
  // A rank is exact: fifth is not sixth, whatever the hedging.
  if (a.ordinal || b.ordinal) return p === q;
  // Amounts in two currencies cannot be compared without the day's rate: they are no disagreement.
  if (a.currency && b.currency && a.currency !== b.currency) return true;
  let share = a.approximate || b.approximate ? APPROXIMATE_TOLERANCE : 0;
  if (a.per && b.per && a.per !== b.per) {
    const from = durationLength(PERIOD_ISO[a.per] ?? "");
    const to = durationLength(PERIOD_ISO[b.per] ?? "");
    if (!from || !to) return false;
    p = (p * to.seconds) / from.seconds;
    share = Math.max(share, from.calendar !== to.calendar ? CALENDAR_TOLERANCE : CONVERSION_TOLERANCE);
  }
  if (a.quantityUnit && b.quantityUnit && a.quantityUnit !== b.quantityUnit) {
    const converted = convertMeasure(p, a.quantityUnit, b.quantityUnit);
    // Lengths and weights, or tonnage and anything else, are different things.
    if (converted === undefined) return false;
    const scale = converted / (p || 1);
    const rounding = Math.max(halfStep(b.normalized), halfStep(a.normalized) * Math.abs(scale));
    const within = Math.min(Math.max(rounding, CONVERSION_TOLERANCE * Math.abs(q)), MAX_ROUNDING * Math.abs(q));
    return Math.abs(converted - q) <= Math.max(within, share * Math.max(Math.abs(converted), Math.abs(q))) + 1e-9;
  }
  return near(p, q, share);
}

const NAME_FILLER = new Set(["of", "the", "and", "for", "de", "la", "le", "von", "van", "&"]);

function nameTokens(name: string): readonly string[] {
  let tokens = NAME_TOKENS.get(name);
  if (tokens === undefined) NAME_TOKENS.set(name, (tokens = name.toLowerCase().replace(/\./g, "").split(/[\s-]+/).filter(Boolean)));
  return tokens;
}

/**
 * Names' tokens, kept: an answer compares its values pair by pair, thousands of times, and
 * tokenizing both names each time was a tenth of what answering allocates (measured on the benchmark).
 */
const NAME_TOKENS = new BoundedCache<string, readonly string[]>(256 * 1024, (name, tokens) => stringBytes(name.length) + tokens.reduce((n, t) => n + stringBytes(t.length), 0));

/** Initials of a multi-word name ("United Nations" → "un"). */
function initials(tokens: readonly string[]): string {
  return tokens.filter((t) => !NAME_FILLER.has(t)).map((t) => t[0]).join("");
}

/** One token stands for another: equal, or a shortening of it ("pete" / "peter", "korea" / "korean"). */
function tokenMatches(short: string, long: string): boolean {
  return short === long || (short.length >= 3 && long.startsWith(short));
}

/** Names that may denote the same entity. */
export function sameName(a: string, b: string, type: AnswerType): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  if (ta.join(" ") === tb.join(" ")) return true;
  // Acronyms: "UN" / "U.N." / "United Nations".
  if (ta.length === 1 && tb.length > 1 && ta[0] === initials(tb)) return true;
  if (tb.length === 1 && ta.length > 1 && tb[0] === initials(ta)) return true;
  // A body of an organization named by its acronym: "UN Security Council" is part of the "United Nations".
  if (type === "organization" && ((ta.length > 1 && tb.length > 1 && ta.includes(initials(tb))) || (tb.length > 1 && ta.length > 1 && tb.includes(initials(ta))))) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (type === "person") {
    // The family name must agree; given names may be shortened or left out.
    if (!tokenMatches(short[short.length - 1]!, long[long.length - 1]!) && short[short.length - 1] !== long[long.length - 1]) return false;
    let j = 0;
    for (const t of short.slice(0, -1)) {
      while (j < long.length - 1 && !tokenMatches(t, long[j]!) && !tokenMatches(long[j]!, t)) j++;
      if (j >= long.length - 1) return false;
      j++;
    }
    return true;
  }
  // Organizations and places: every word of the shorter name stands in the longer, in order.
  let j = 0;
  for (const t of short.filter((x) => !NAME_FILLER.has(x))) {
    while (j < long.length && !tokenMatches(t, long[j]!)) j++;
    if (j >= long.length) return false;
    j++;
  }
  return true;
}

/** The share of the smaller set's items that the larger set holds (0 when either is empty). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (big.has(t)) shared++;
  return shared / small.size;
}

/** Phrases that say the same thing: one's content words include the other's. */
function sameText(a: string, b: string): boolean {
  const ta = new Set(termsOf(a));
  const tb = new Set(termsOf(b));
  if (!ta.size || !tb.size) return a === b;
  return containment(ta, tb) === 1;
}

/** Answer types whose values are names of people, organizations or places. */
export function isNameType(type: AnswerType): type is "person" | "organization" | "place" {
  return type === "person" || type === "organization" || type === "place";
}

/**
 * A date within a decade ("1904" in "the 1900s"): one source may state both, the decade in
 * passing, the year exactly. Across sources the two stay distinct values.
 */
export function withinDecade(date: string, decade: string): boolean {
  return /^\d{3}0s$/.test(decade) && /^\d{4}(?:-|$)/.test(date) && date.startsWith(decade.slice(0, 3));
}

/** True when both values can be true of one fact. */
export function compatible(type: AnswerType, a: Comparable, b: Comparable): boolean {
  const x = a.normalized;
  const y = b.normalized;
  if (x === y && type !== "number") return true;
  switch (type) {
    case "date":
      return sameDate(x, y);
    case "number":
      return sameNumber(a, b);
    case "duration":
      return sameDuration(a, b);
    case "text":
      return sameText(x, y);
    default:
      return sameName(x, y, type);
  }
}

/** The number of parts a date states: 2025-12-04 three, 2025-07 and --12-04 two, 2025 one. */
const datePrecision = (iso: string) => {
  const parts = dateParts(iso);
  return parts ? Object.values(parts).filter(Boolean).length : 0;
};

/** The more precise of two compatible values (2025-07 over 2025; 2025-12-04 over --12-04; Peter Hegseth over Hegseth). */
export function morePrecise(type: AnswerType, a: string, b: string): string {
  if (type === "date") {
    const [p, q] = [datePrecision(a), datePrecision(b)];
    if (p !== q) return p > q ? a : b;
    return a.length >= b.length ? a : b;
  }
  if (isNameType(type)) return nameTokens(a).length >= nameTokens(b).length ? a : b;
  return a;
}
