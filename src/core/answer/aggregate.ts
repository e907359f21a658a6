/**
 * Turns scored candidates into the answers of an `Answer`: one value per source (its best), then
 * one answer per distinct value with every source that states it, compatible values merged, best
 * supported first, and a conflict when sources state values that cannot both be true.
 */
import type { AnswerType, AnswerValue, Claim, CorpusDocument, SourceCitation, SentenceRef } from "../types.js";
import type { Candidate } from "./candidates.js";
import { compatible, containment, isNameType, morePrecise, withinDecade } from "./compare.js";
import { isApproximate } from "../extract/numbers.js";
import { termsOf } from "../search/terms.js";
import { withholds } from "./withheld.js";

/** An answer must score at least this share of the best answer's score to be listed. */
const RELATIVE_FLOOR = 0.5;
/**
 * …or this share, when its sentence is about the subject and states the relation asked about:
 * a passage that says "It was built about 1835" is heard even beside one that scores higher.
 */
const RELATED_FLOOR = 0.15;
/** A weaker value is still listed when its sentence says what a listed one's says, but for the value. */
const ALIGNED_SENTENCE = 0.5;
const ALIGNED_WORDS = 2;
/** Below this score a candidate is noise whatever the others score. */
const ABSOLUTE_FLOOR = 0.04;

interface Group {
  normalized: string;
  /** Best-scoring first. */
  members: Candidate[];
}

const TYPE_NOUN: Record<AnswerType, string> = {
  date: "the date",
  number: "the number",
  duration: "the duration",
  person: "who it was",
  organization: "the organization",
  place: "the place",
  text: "the answer",
};

export function citation(doc: CorpusDocument | undefined, sentence: SentenceRef): SourceCitation {
  const c: SourceCitation = { id: sentence.docId, title: doc?.title ?? sentence.docId, snippet: sentence.text };
  if (doc?.outlet) c.outlet = doc.outlet;
  if (doc?.date) c.date = doc.date;
  if (doc?.url) c.url = doc.url;
  return c;
}

const comparable = (c: Claim) => ({ normalized: c.normalized, approximate: isApproximate(c.qualifier) });

/** A close runner-up in a source may win when other sources state its value too. */
export const CONSENSUS_MARGIN = 0.6;
const CONSENSUS_BONUS = 0.25;

/**
 * The value each source states: a source states one value for one fact. Its best-scoring
 * candidate, unless a close runner-up is a value other sources state too; a lone best value
 * far above the rest stays (that is how real disagreements show).
 */
export function bestPerSource(type: AnswerType, candidates: readonly Candidate[]): Candidate[] {
  const bySource = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const own = bySource.get(c.sentence.docId);
    if (own) own.push(c);
    else bySource.set(c.sentence.docId, [c]);
  }
  const picked: Candidate[] = [];
  for (const [docId, own] of bySource) {
    own.sort((a, b) => b.score - a.score);
    const top = own[0]!.score;
    let best = own[0]!;
    let bestAdjusted = -1;
    for (const c of own) {
      if (c.score < CONSENSUS_MARGIN * top) break;
      const elsewhere = new Set<string>();
      for (const other of candidates)
        if (other.sentence.docId !== docId && compatible(type, comparable(other.claim), comparable(c.claim))) elsewhere.add(other.sentence.docId);
      const adjusted = c.score * (1 + CONSENSUS_BONUS * Math.min(elsewhere.size, 4));
      if (adjusted > bestAdjusted) [best, bestAdjusted] = [c, adjusted];
    }
    picked.push(mostPrecise(type, best, own));
  }
  return picked.sort((a, b) => b.score - a.score);
}

/** The words of a candidate's sentence other than its value: what it says about the value. */
function contextTerms(c: Candidate): Set<string> {
  const text = c.sentence.text;
  return new Set(termsOf(text.slice(0, c.claim.start) + " " + text.slice(c.claim.end)));
}

/**
 * A source's pick stated as precisely as that source states it anywhere: "2006" becomes
 * "January 1, 2006", "Mozart" becomes "Wolfgang Amadeus Mozart", keeping the pick's score.
 */
function mostPrecise(type: AnswerType, pick: Candidate, own: readonly Candidate[]): Candidate {
  if (type !== "date" && !isNameType(type)) return pick;
  let best = pick;
  // "Tom Fisher (1900s pitcher)… in 1904": the decade's year.
  if (type === "date")
    for (const c of own) if (withinDecade(c.claim.normalized, best.claim.normalized) && c.score > (best === pick ? 0 : best.score)) best = c;
  for (const c of own)
    if (c !== best && compatible(type, comparable(c.claim), comparable(best.claim)) && morePrecise(type, c.claim.normalized, best.claim.normalized) === c.claim.normalized && c.claim.normalized !== best.claim.normalized)
      best = c;
  return best === pick ? pick : { ...best, score: pick.score };
}

/** Groups candidates whose values are compatible, most precise value as the group's, best members first. */
export function groupValues(type: AnswerType, candidates: readonly Candidate[]): Group[] {
  const groups: Group[] = [];
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    const group = groups.find((g) => g.members.some((m) => compatible(type, comparable(m.claim), comparable(c.claim))));
    if (group) {
      group.members.push(c);
      group.normalized = morePrecise(type, group.normalized, c.claim.normalized);
    } else groups.push({ normalized: c.claim.normalized, members: [c] });
  }
  return groups;
}

/** The value as the sources most often word it, preferring the one matching the group's form. */
function displayValue(group: Group): { value: string; variants: string[] } {
  const counts = new Map<string, number>();
  for (const m of group.members) counts.set(m.claim.value, (counts.get(m.claim.value) ?? 0) + 1);
  const exact = group.members.filter((m) => m.claim.normalized === group.normalized).map((m) => m.claim.value);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (exact.includes(b[0]) ? 1 : 0) - (exact.includes(a[0]) ? 1 : 0));
  const value = ranked.find(([v]) => exact.includes(v))?.[0] ?? ranked[0]![0];
  const names = new Set(group.members.map((m) => m.claim.normalized));
  names.delete(group.normalized);
  return { value, variants: [...names] };
}

export interface Aggregated {
  answers: AnswerValue[];
  conflict: boolean;
}

/** Aggregates candidates into answers, deciding whether the sources conflict. */
export function aggregate(type: AnswerType, candidates: readonly Candidate[], documentOf: (id: string) => CorpusDocument | undefined): Aggregated {
  const perSource = bestPerSource(type, candidates);
  const top = perSource[0]?.score ?? 0;
  const strong = perSource.filter((c) => c.score >= Math.max(ABSOLUTE_FLOOR, (c.related ? RELATED_FLOOR : RELATIVE_FLOOR) * top));
  // A listed value's sentences are all those its source states it in ("The population was 2,764",
  // "there were 2,764 people"): a weaker value aligns with any of them.
  const strongTerms = candidates
    .filter((c) => strong.some((s) => s.sentence.docId === c.sentence.docId && s.claim.normalized === c.claim.normalized))
    .map(contextTerms);
  const aligned = (c: Candidate) => {
    const own = contextTerms(c);
    // One shared word ("current") is no alignment, however short the sentences.
    return strongTerms.some((t) => containment(own, t) >= ALIGNED_SENTENCE && [...t].filter((w) => own.has(w)).length >= ALIGNED_WORDS);
  };
  const kept = perSource.filter((c) => strong.includes(c) || (c.score >= ABSOLUTE_FLOOR && aligned(c)));
  const groups = groupValues(type, kept);
  const support = (g: Group) => g.members.length + g.members[0]!.score;
  groups.sort((a, b) => support(b) - support(a));
  const answers = groups.map((g): AnswerValue => {
    const { value, variants } = displayValue(g);
    const answer: AnswerValue = {
      value,
      normalized: g.normalized,
      sources: g.members.map((m) => citation(documentOf(m.sentence.docId), m.sentence)),
      score: Math.round(support(g) * 1000) / 1000,
    };
    if (variants.length) answer.variants = variants;
    return answer;
  });
  return { answers, conflict: answers.length > 1 };
}

/** The warning sentences of an answer: the disagreement, name variants, withheld values. */
export function warningsFor(type: AnswerType, answers: readonly AnswerValue[], conflict: boolean, withheld: readonly SourceCitation[]): string[] {
  const warnings: string[] = [];
  const count = (n: number) => `${n} source${n === 1 ? "" : "s"}`;
  if (conflict)
    warnings.push(
      `Sources disagree on ${TYPE_NOUN[type]}: ${answers.map((a) => `${a.normalized} (${count(a.sources.length)})`).join(" vs ")}.`,
    );
  for (const a of answers)
    if (a.variants?.length && isNameType(type)) warnings.push(`${[a.normalized, ...a.variants].join(", ")} are taken to be one ${type}.`);
  if (withheld.length) {
    const what = TYPE_NOUN[type].replace(/^the /, "");
    const who = withheld.length === 1 ? `One source (${withheld[0]!.id})` : `${withheld.length} sources (${withheld.map((w) => w.id).join(", ")})`;
    const word = withholds(withheld[0]!.snippet, type) ?? "withheld";
    warnings.push(`${who} ${withheld.length === 1 ? "says" : "say"} ${what === "who it was" ? "the name" : `the ${what}`} was ${word}: "${withheld[0]!.snippet}"`);
  }
  return warnings;
}
