/**
 * When two stated values can both be true. Dates at different precisions are compatible when one
 * contains the other (2025-07 and 2025); approximate numbers when they are close ("nearly 2,000"
 * and "about 2,000"); names when one is a shortening of the other (Pete / Peter Hegseth, Hegseth,
 * U.N. / United Nations); free text when one phrase's words include the other's.
 */
import type { AnswerType } from "../types.js";
import { termsOf } from "../search/terms.js";

/** A value to compare: its canonical form and whether it was stated approximately. */
export interface Comparable {
  normalized: string;
  approximate?: boolean;
}

const NAME_FILLER = new Set(["of", "the", "and", "for", "de", "la", "le", "von", "van", "&"]);

function nameTokens(name: string): string[] {
  return name.toLowerCase().replace(/\./g, "").split(/[\s-]+/).filter(Boolean);
}

/** Initials of a multi-word name ("United Nations" → "un"). */
function initials(tokens: string[]): string {
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
  if (x === y) return true;
  switch (type) {
    case "date":
      return x.startsWith(y + "-") || y.startsWith(x + "-");
    case "number": {
      const p = Number(x);
      const q = Number(y);
      if (!Number.isFinite(p) || !Number.isFinite(q)) return false;
      const tolerance = a.approximate || b.approximate ? 0.1 : 0;
      return Math.abs(p - q) <= tolerance * Math.max(Math.abs(p), Math.abs(q));
    }
    case "duration":
      return false;
    case "text":
      return sameText(x, y);
    default:
      return sameName(x, y, type);
  }
}

/** The more precise of two compatible values (2025-07 over 2025; Peter Hegseth over Hegseth). */
export function morePrecise(type: AnswerType, a: string, b: string): string {
  if (type === "date") return a.length >= b.length ? a : b;
  if (isNameType(type)) return nameTokens(a).length >= nameTokens(b).length ? a : b;
  return a;
}
