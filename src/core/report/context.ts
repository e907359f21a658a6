/**
 * A claim in its sentence, ready to be compared with the claims of other sources: which kind of
 * fact it can be (its signature: type, and for a count the noun it counts), and its anchors, the
 * content words nearest the value, weighed by rarity and closeness. Two claims are about the
 * same fact when each one's anchors stand in the other's sentence.
 */
import type { AnswerType, AnswerValue, Claim, CorpusDocument, SentenceRef } from "../types.js";
import type { SentenceIndex } from "../search/index.js";
import { rawTokens } from "../search/terms.js";
import { CLAUSE_BREAK, governingVerb, tokenRange } from "../extract/verbs.js";

/** What the report reads from the corpus; the engine provides it, with its caches. */
export interface ReportView {
  index: SentenceIndex;
  /** The answers the query core gives a question, and whether they make a disagreement. */
  /** `statesRelation`: the question names a relation, not only a subject (a disagreement needs both). */
  rate(question: string): { answers: readonly AnswerValue[]; conflict: boolean; statesRelation: boolean };
  claims(sentence: SentenceRef): readonly Claim[];
  terms(sentence: SentenceRef): readonly { term: string; position: number }[];
  document(id: string): CorpusDocument | undefined;
}

/** A claim with what it takes to find the same fact elsewhere. */
export interface ClaimContext {
  /** Position in the report's claim table. */
  id: number;
  claim: Claim;
  sentence: SentenceRef;
  /** Claims with different signatures are never the same fact (days vs countries). */
  signature: string;
  /** Anchor term → strength (rarity × closeness to the value). */
  anchors: ReadonlyMap<string, number>;
  /** Anchors few documents use: the words that name what the fact is about ("Rush" Township, not "township"). */
  rare: ReadonlySet<string>;
  /** Sum of the anchor strengths. */
  mass: number;
  /** Every term of the sentence outside typed values (dates, numbers): what it is about. */
  terms: ReadonlySet<string>;
  /** Stem of the verb that governs the value ("imposed … in 2023" → "impos"), when one stands just before it. */
  verb?: string;
  /** Token range of the value in its sentence. */
  first: number;
  last: number;
}

/** Types whose disagreement the report looks for (free text is too loose to compare). */
const TYPED: ReadonlySet<AnswerType> = new Set(["date", "number", "duration", "person", "organization", "place"]);
/** How many of the nearest content words anchor a claim. */
const ANCHORS_PER_CLAIM = 8;
/** Anchors farther than this many tokens from the value are another clause's words. */
const ANCHOR_WINDOW = 10;

/** A longer "sentence" is a table or a page's chrome run together, not a statement. */
const MAX_SENTENCE_TOKENS = 80;
/** A sentence stating more values than this is a table or a chronology. */
const MAX_VALUES = 4;

/** Prose, not a table or a page's chrome run together: not too long, mostly words. */
function readsAsProse(text: string): boolean {
  const tokens = rawTokens(text);
  if (tokens.length > MAX_SENTENCE_TOKENS) return false;
  const numeric = tokens.filter((t) => /^\d/.test(t)).length;
  return numeric <= Math.max(2, tokens.length * 0.25);
}

/** Two values of one type side by side: a range or a list ("1904 to 1912", "1791, 1792 and 1795"). */
function inSeries(text: string, a: Claim, b: Claim): boolean {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return /^\s*(?:[-\u2013\u2014,/&]|to|and|or|until|through|till)\s*$/i.test(between);
}

/**
 * The last token of the value's clause: words after the next comma or dash belong to another
 * clause (", citing the need to…"), unless the value opens the sentence and its clause is all
 * there is ("In 2024 alone, nearly 2,000 people were killed").
 */
function clauseEndAfter(text: string, claim: Claim, termsBefore: number): number {
  if (termsBefore < 2) return Infinity;
  const stop = CLAUSE_BREAK.exec(text.slice(claim.end));
  return stop ? rawTokens(text.slice(0, claim.end + stop.index)).length - 1 : Infinity;
}

/** The kind of fact a claim can be, or undefined when it is not worth comparing. */
export function signatureOf(claim: Claim): string | undefined {
  if (!TYPED.has(claim.type)) return undefined;
  if (claim.type === "number") {
    // A count is only comparable with counts of the same thing; "one of the most…" is no count.
    if (!claim.unit || /^(one|a|an)\b/i.test(claim.value.replace(/^\W+/, ""))) return undefined;
    return `number:${claim.unit}`;
  }
  // A name of a guessed kind is any capitalized run: too loose to oppose to another name.
  if (claim.guessed) return undefined;
  return claim.type;
}

/**
 * The comparable claims of one sentence with their anchors. A number that is also a duration
 * ("90-day") is kept once, as the duration.
 */
export function claimContexts(view: ReportView, sentence: SentenceRef, nextId: number, isRare: (term: string) => boolean): ClaimContext[] {
  if (!readsAsProse(sentence.text)) return [];
  const claims = view.claims(sentence);
  if (claims.filter((c) => c.type === "date" || c.type === "number").length > MAX_VALUES) return [];
  const durations = claims.filter((c) => c.type === "duration");
  const valueRanges = claims.filter((c) => c.type === "date" || c.type === "number" || c.type === "duration").map((c) => tokenRange(sentence.text, c));
  const inValue = (p: number) => valueRanges.some((r) => p >= r.first && p <= r.last);
  const seen = new Set<number>();
  // One term per token: "long-time" is one word, not three anchors. A lone letter ("401(k)",
  // "Plan B") anchors nothing.
  const positioned = view.terms(sentence).filter((t) => !inValue(t.position) && !/^\d/.test(t.term) && t.term.length > 1 && !seen.has(t.position) && seen.add(t.position));
  const out: ClaimContext[] = [];
  for (const claim of claims) {
    if (claim.type === "number" && durations.some((d) => d.start < claim.end && claim.start < d.end)) continue;
    const signature = signatureOf(claim);
    if (!signature) continue;
    // One end of a range or one item of a list ("from 1904 to 1912", "1791, 1792") answers nothing alone.
    if (claims.some((o) => o !== claim && o.type === claim.type && inSeries(sentence.text, claim, o))) continue;
    // A name among other names of its kind (a list, a second party) is not the one answer to anything.
    if (claim.type !== "date" && claim.type !== "number" && claim.type !== "duration" && claims.some((o) => o !== claim && o.type === claim.type)) continue;
    const { first, last } = tokenRange(sentence.text, claim);
    const clauseEnd = clauseEndAfter(sentence.text, claim, positioned.filter((t) => t.position < first).length);
    const near = new Map<string, number>();
    for (const t of positioned) {
      if ((t.position >= first && t.position <= last) || t.position > clauseEnd) continue;
      const distance = t.position < first ? first - t.position : t.position - last;
      if (distance > ANCHOR_WINDOW || t.term === claim.unit) continue;
      const strength = view.index.weight(t.term) / (1 + distance / 6);
      if (strength > (near.get(t.term) ?? 0)) near.set(t.term, strength);
    }
    const anchors = new Map([...near].sort((a, b) => b[1] - a[1]).slice(0, ANCHORS_PER_CLAIM));
    if (anchors.size < 2) continue;
    const mass = [...anchors.values()].reduce((a, b) => a + b, 0);
    const ownTerms = new Set(positioned.filter((t) => t.position < first || t.position > last).map((t) => t.term));
    const rare = new Set([...anchors.keys()].filter(isRare));
    if (!rare.size) continue;
    out.push({ id: nextId + out.length, claim, sentence, signature, anchors, rare, mass, terms: ownTerms, first, last, verb: governingVerb(sentence.text, first, last, !/^(date|number|duration)$/.test(claim.type)) });
  }
  return out;
}
