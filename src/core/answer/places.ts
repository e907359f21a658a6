/**
 * How well a place fits the kind of place asked for: "Boston" is a city WordNet knows, so it answers
 * "In which city…?" better than "Commonwealth Avenue", a street, which never does.
 */
import type { Claim } from "../types.js";
import { rawTokens, termsOf } from "../search/terms.js";

/** How much more a place counts when English knows it as the kind asked for ("Boston" for "which city"). */
export const KNOWN_PLACE = 1.3;
/** …and how much less a street, which is never the city, state or country asked for. */
const STREET = 0.25;
const STREET_WORDS = /\b(?:street|avenue|road|lane|boulevard|highway|drive|way|square|st|ave|rd)\.?$/i;

/** …and, when no kind is asked ("Where is…?"), a street, which a town or region answers better. */
const STREET_FOR_WHERE = 0.5;

/** How well a place name fits the kind of place asked for (any kind, when none is named). */
export function placeFit(claim: Claim, kinds: ReadonlySet<string> | undefined): number {
  const parts = claim.normalized.toLowerCase().split(/\s*,\s*/);
  if (kinds && parts.some((p) => kinds.has(p))) return KNOWN_PLACE;
  return STREET_WORDS.test(parts[0] ?? "") ? (kinds ? STREET : STREET_FOR_WHERE) : 1;
}

/** How much less a place counts that is named like the subject itself: another of its kind, or the subject. */
const NAMESAKE = 0.2;

/**
 * A place named like the subject, ending in one of its words ("Haymarket Commercial Historic
 * District" for the Haymarket District, "Lowell County Public Schools" for Lowell County High
 * School): the subject or a namesake, not where the subject is. "Lowell County, Iowa" may be.
 */
export function namesakeFit(claim: Claim, subjectTerms: readonly string[]): number {
  const words = termsOf(claim.normalized);
  const last = words[words.length - 1];
  return last !== undefined && words.length > 1 && subjectTerms.includes(last) && words.some((w) => w !== last && subjectTerms.includes(w)) ? NAMESAKE : 1;
}

/**
 * The bracketed words right after the subject's name, as one place, when a place is named in them
 * and they are all names: "(Lowton, Iowa)" in "Kate Hale House (Lowton, Iowa) The Kate Hale House…".
 */
export function placeInBrackets(text: string, claims: readonly Claim[], name: readonly string[]): Claim | undefined {
  if (!name.length) return undefined;
  for (const m of text.matchAll(/\(([^()]{2,60})\)/g)) {
    const start = (m.index ?? 0) + 1;
    const end = start + m[1]!.length;
    // The whole name stands right before the bracket, not only its common words ("High School (…)").
    const before = termsOf(rawTokens(text.slice(0, start)).slice(-(name.length + 2)).join(" "));
    if (!name.every((t) => before.includes(t)) || !name.includes(before[before.length - 1] ?? "")) continue;
    if (!/^\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*)*$/u.test(m[1]!.trim())) continue;
    const place = claims.find((c) => c.type === "place" && c.start >= start && c.end <= end);
    if (!place) continue;
    const value = m[1]!.trim();
    return { ...place, value, normalized: value, start, end, guessed: undefined };
  }
  return undefined;
}
