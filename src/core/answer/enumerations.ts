/**
 * Values written as one enumeration in a sentence: "the United Kingdom, Ireland, the Netherlands,
 * Germany and Belgium". A list's items are one statement (aggregate.ts); a name asked for that
 * stands only among such items shares what the sentence says with them (candidates.ts).
 */
import type { Claim } from "../types.js";
import { normalizeTerm, rawTokens } from "../search/terms.js";

/** What may stand between two items of one enumeration: "Norway, Chile and Kenya". */
const BETWEEN_ITEMS = /^\s*(?:,|;)?\s*(?:and|or|as well as)?\s*(?:the\s+)?$/i;

/** Runs of items written as one enumeration in `text`, in sentence order; a lone item is a run of one. */
export function enumerationRuns<T>(items: readonly T[], claimOf: (item: T) => Claim, text: string): T[][] {
  const runs: T[][] = [];
  let run: T[] | undefined;
  for (const item of [...items].sort((a, b) => claimOf(a).start - claimOf(b).start)) {
    const last = run?.[run.length - 1];
    const at = claimOf(item);
    if (last !== undefined && claimOf(last).end <= at.start && BETWEEN_ITEMS.test(text.slice(claimOf(last).end, at.start))) run!.push(item);
    else runs.push((run = [item]));
  }
  return runs;
}

/** An enumeration of this many names at least is a group the sentence speaks of, not each of them. */
const GROUP_ITEMS = 3;
const NAME_TYPES = new Set(["place", "organization", "person"]);

/**
 * The question's names that the sentence gives only as one item of an enumeration of names
 * whose other items the question does not name: "41,800 units were sold in the United Kingdom,
 * Ireland, the Netherlands, Germany and Belgium" gives no figure for Germany alone.
 */
export function namedOnlyInGroup(text: string, claims: readonly Claim[], askedNames: readonly string[]): Set<string> {
  const grouped = new Set<string>();
  const names = claims.filter((c) => NAME_TYPES.has(c.type));
  if (names.length < GROUP_ITEMS) return grouped;
  const termsOf = (value: string) => rawTokens(value).map((w) => normalizeTerm(w)).filter((t): t is string => !!t);
  const inSentence = termsOf(text);
  for (const run of enumerationRuns(names, (c) => c, text)) {
    if (run.length < GROUP_ITEMS) continue;
    const items = run.map((c) => termsOf(c.value));
    const asking = items.filter((terms) => terms.some((t) => askedNames.includes(t)));
    if (asking.length !== 1) continue;
    for (const t of asking[0]!) {
      // Named elsewhere in the sentence too, it is the sentence's own.
      if (askedNames.includes(t) && inSentence.filter((w) => w === t).length === items.flat().filter((w) => w === t).length) grouped.add(t);
    }
  }
  return grouped;
}
