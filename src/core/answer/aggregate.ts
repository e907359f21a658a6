/**
 * Turns scored candidates into the answers of an `Answer`. Each candidate gets a chance of being
 * a right value from the confidence model (./model.ts); each source states one value, its most
 * likely; compatible values merge into one answer with every source that states it; each answer
 * gets a calibrated confidence; answers below the listing threshold are dropped; and sources
 * disagree only when two incompatible answers both pass the higher conflict bar. A weaker
 * differing answer is "also mentioned".
 */
import type { AnswerType, AnswerValue, Claim, CorpusDocument, SourceCitation, SentenceRef } from "../types.js";
import type { Candidate } from "./candidates.js";
import { comparableOf, compatible, isNameType, morePrecise, shareNoDatePart, withinDecade, type Comparable } from "./compare.js";
import { withholds } from "./withheld.js";
import { enumerationRuns } from "./enumerations.js";
import { durationLength } from "../units/durations.js";
import { candidateFeatures, type Evidence } from "./evidence.js";
import { logit, MODEL, sigmoid, type ConfidenceModel } from "./model.js";

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

/**
 * Two claims state one value. Names compare by their own kind: a "who" question may be answered
 * by an organization, and "UN Security Council" is part of the "United Nations" as organizations
 * are, not as people's names are.
 */
function sameValue(type: AnswerType, a: Claim, b: Claim): boolean {
  // A place is not the body named after it: "Kelderwick" is no "Kelderwick Literary Society".
  if (isNameType(type) && a.type !== b.type && [a.type, b.type].includes("place") && [a.type, b.type].includes("organization") && a.normalized !== b.normalized) return false;
  // A day with no year ("2 July") and a year alone (1964) do not contradict each other, and do not
  // agree either: they share no part.
  if (a.type === "date" && b.type === "date" && shareNoDatePart(a.normalized, b.normalized)) return false;
  // "How long is the river" is asked as a duration and answered by lengths: two numbers compare as numbers.
  const as: AnswerType = a.type === "number" && b.type === "number" ? "number" : isNameType(type) && (a.type === "organization" || b.type === "organization") ? "organization" : type;
  return compatible(as, comparable(a), comparable(b));
}

/**
 * Each claim's comparable form, made once: values are compared pair by pair, and making both
 * forms at every comparison was the largest share of what answering allocates (benchmark profile).
 */
const comparables = new WeakMap<Claim, Comparable>();
function comparable(claim: Claim): Comparable {
  let form = comparables.get(claim);
  if (!form) comparables.set(claim, (form = comparableOf(claim)));
  return form;
}

/**
 * A candidate within this share of its source's best score is one the source may mean: it is
 * read when counting which sources agree, and its rivals are counted. Also prunes extraction.
 */
export const CONSENSUS_MARGIN = 0.6;

/** A candidate with its features and the model's logit. */
export interface ScoredCandidate extends Candidate {
  features: Record<string, number>;
  logit: number;
  /** For a list: the enumeration ("Norway, Chile and Kenya") the value stands in, one symbol shared by its items. */
  enumeration?: symbol;
}

function bySource<T extends Candidate>(candidates: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of candidates) {
    const own = out.get(c.sentence.docId);
    if (own) own.push(c);
    else out.set(c.sentence.docId, [c]);
  }
  return out;
}

/** Features of every candidate among the question's others, and its logit under the model. */
export function scoreCandidates(type: AnswerType, candidates: readonly Candidate[], model: ConfidenceModel = MODEL, list = false): ScoredCandidate[] {
  const sources = bySource(candidates);
  // For a list, the other items of a value's own enumeration are its fellows, not its rivals.
  const fellows = new Map<Candidate, readonly Candidate[]>();
  if (list) for (const own of sources.values()) for (const run of enumerationRunsOf(own)) for (const c of run) fellows.set(c, run);
  // Each source's plausible values: those within the margin of its best.
  const plausible = new Map<string, Candidate[]>();
  for (const [id, own] of sources) {
    const best = Math.max(...own.map((c) => c.score));
    plausible.set(id, own.filter((c) => c.score >= CONSENSUS_MARGIN * best));
  }
  const scored: ScoredCandidate[] = [];
  for (const [id, own] of sources) {
    const best = Math.max(...own.map((c) => c.score));
    for (const c of own) {
      if (!c.evidence) continue;
      let agreeing = 0;
      for (const [other, values] of plausible)
        if (other !== id && values.some((o) => sameValue(type, o.claim, c.claim))) agreeing++;
      const rivals = new Set(
        own.filter((o) => o !== c && o.score >= CONSENSUS_MARGIN * c.score && !sameValue(type, o.claim, c.claim) && !fellows.get(c)?.includes(o)).map((o) => o.claim.normalized),
      ).size;
      const features = candidateFeatures(c.evidence, {
        sourceBest: c.score === best,
        agreeing,
        rivalsInSource: rivals,
        answerType: type,
      });
      scored.push({ ...c, features, logit: logit(model.candidate, features) });
    }
  }
  return scored;
}

/**
 * For a list, a source states every item it names about as strongly as its best: within this
 * many units of log-odds (a factor e in odds), or in the same sentence as its best item.
 */
const LIST_ITEM_MARGIN = 1;

/**
 * Each source's pick: its most likely value, stated as precisely as that source states it. For a
 * list question, each source's items: its best and every value it states nearly as strongly.
 */
export function pickPerSource(type: AnswerType, scored: readonly ScoredCandidate[], list = false): ScoredCandidate[] {
  const picks: ScoredCandidate[] = [];
  for (const own of bySource(scored).values()) {
    const best = own.reduce((a, b) => (b.logit > a.logit ? b : a));
    if (!list) {
      picks.push(mostPrecise(type, best, own));
      continue;
    }
    const items = new Map<string, ScoredCandidate>();
    for (const c of asEnumerations(own).sort((a, b) => b.logit - a.logit))
      if ((c.logit >= best.logit - LIST_ITEM_MARGIN || c.sentence === best.sentence) && ![...items.values()].some((i) => sameValue(type, i.claim, c.claim)))
        items.set(c.claim.normalized, c);
    picks.push(...items.values());
  }
  return picks.sort((a, b) => b.logit - a.logit);
}

/** Runs of values written as one enumeration in one sentence ("Norway, Chile and Kenya"), in sentence order; a lone value is a run of one. */
function enumerationRunsOf<T extends Candidate>(own: readonly T[]): T[][] {
  const bySentence = new Map<SentenceRef, T[]>();
  for (const c of own) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  return [...bySentence].flatMap(([sentence, found]) => enumerationRuns(found, (c) => c.claim, sentence.text));
}

/**
 * The items of one enumeration are one statement: each takes the evidence of the strongest of
 * them, so "Kenya", last of "Norway, Chile and Kenya", is as well stated as "Norway".
 */
function asEnumerations(own: readonly ScoredCandidate[]): ScoredCandidate[] {
  const out: ScoredCandidate[] = [];
  for (const run of enumerationRunsOf(own)) {
    if (run.length === 1) {
      out.push(run[0]!);
      continue;
    }
    const lead = run.reduce((a, b) => (b.logit > a.logit ? b : a));
    const enumeration = Symbol("enumeration");
    out.push(...run.map((c) => (c === lead ? { ...c, enumeration } : { ...c, logit: lead.logit, features: lead.features, enumeration })));
  }
  return out;
}

/**
 * A source's pick stated as precisely as that source states it anywhere: "2006" becomes
 * "January 1, 2006", "Mozart" becomes "Wolfgang Amadeus Mozart", keeping the pick's evidence.
 */
function mostPrecise<T extends Candidate>(type: AnswerType, pick: T, own: readonly T[]): T {
  if (type !== "date" && !isNameType(type)) return pick;
  let best = pick;
  // "Tom Fisher (1900s pitcher)… in 1904": the decade's year.
  if (type === "date")
    for (const c of own) if (withinDecade(c.claim.normalized, best.claim.normalized) && c.score > (best === pick ? 0 : best.score)) best = c;
  for (const c of own)
    if (c !== best && sameValue(type, c.claim, best.claim) && morePrecise(type, c.claim.normalized, best.claim.normalized) === c.claim.normalized && c.claim.normalized !== best.claim.normalized)
      best = c;
  return best === pick ? pick : { ...pick, claim: best.claim, sentence: best.sentence };
}

/** Compatible values, the most precise as the group's. */
export interface Group<T extends Candidate = Candidate> {
  normalized: string;
  /** Best first. */
  members: T[];
}

/**
 * Groups candidates whose values are compatible, taking them in the given order (best first). A
 * value joins a group only if it is compatible with every member: "2 July" (no year) is
 * compatible with 1964 and with 1940, which are not one value, and chained through it they were
 * counted as fourteen sources agreeing (RAMDocs).
 */
export function groupValues<T extends Candidate>(type: AnswerType, candidates: readonly T[]): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const c of candidates) {
    const group = groups.find((g) => g.members.every((m) => sameValue(type, m.claim, c.claim)));
    if (group) {
      group.members.push(c);
      group.normalized = morePrecise(type, group.normalized, c.claim.normalized);
    } else groups.push({ normalized: c.claim.normalized, members: [c] });
  }
  return groups;
}

/** The chance a source's pick is a right value. */
export function sourceConfidence(pick: ScoredCandidate, model: ConfidenceModel = MODEL): number {
  return sigmoid(logit(model.source, { logit: pick.logit }));
}

/** The sign each value feature's weight must have (see CANDIDATE_SIGNS). */
export const VALUE_SIGNS: Readonly<Record<string, 1 | -1>> = {
  maxLogit: 1, logSources: 1, noisyOr: 1, sourceShare: 1, gapToBest: 1, isBest: 1, logValues: -1, bestRival: -1,
  bestQuestionInContext: 1, bestSubjectNamed: 1, bestHeadNamed: 1, bestKindFit: 1, bestToRelation: 1, leastEcho: -1,
  leastUnknownRelation: -1, leastGuessedKind: -1,
};

/** The named features of a value: its sources' chances and how it stands among the question's other values. */
export function valueFeatures(type: AnswerType, group: Group<ScoredCandidate>, groups: readonly Group<ScoredCandidate>[], picks: number, model: ConfidenceModel = MODEL): Record<string, number> {
  const maxLogit = (g: Group<ScoredCandidate>) => Math.max(...g.members.map((m) => m.logit));
  const own = maxLogit(group);
  const best = Math.max(...groups.map(maxLogit));
  const rivals = groups.filter((g) => g !== group).map(maxLogit);
  const missing = group.members.reduce((p, m) => p * (1 - sourceConfidence(m, model)), 1);
  // The strongest evidence any of its sources gives, feature by feature.
  const strongest = (name: string) => Math.max(...group.members.map((m) => m.features[name] ?? 0));
  const f: Record<string, number> = {
    maxLogit: own,
    bestQuestionInContext: strongest("questionInContext"),
    bestSubjectNamed: strongest("subjectNamed"),
    bestHeadNamed: strongest("headNamed"),
    bestKindFit: strongest("kindFit"),
    bestToRelation: strongest("toRelation"),
    leastEcho: Math.min(...group.members.map((m) => m.features.echo ?? 0)),
    // "who founded X" where no document says "founded" in any form: whoever stands near X is no founder.
    leastUnknownRelation: Math.min(...group.members.map((m) => m.features.unknownRelation ?? 0)),
    // A name whose kind was guessed (a place taken for an organization) for every source: weak however many agree.
    leastGuessedKind: Math.min(...group.members.map((m) => m.features.guessedKind ?? 0)),
    isBest: own === best ? 1 : 0,
    gapToBest: own - best,
    bestRival: rivals.length ? Math.max(...rivals) : -10,
    logSources: Math.log(group.members.length),
    noisyOr: 1 - missing,
    sourceShare: group.members.length / Math.max(1, picks),
    logValues: Math.log(groups.length),
  };
  for (const t of ["number", "duration", "person", "organization", "place", "text"] as const) f[`type:${t}`] = type === t ? 1 : 0;
  return f;
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

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One answer of a group: its display value, every source with its confidence. */
export function answerOf(group: Group, documentOf: (id: string) => CorpusDocument | undefined, confidenceOf?: (m: Candidate) => number): AnswerValue {
  const { value, variants } = displayValue(group);
  const answer: AnswerValue = {
    value,
    normalized: group.normalized,
    sources: group.members.map((m) => {
      const c = citation(documentOf(m.sentence.docId), m.sentence);
      if (confidenceOf) c.confidence = round(confidenceOf(m));
      return c;
    }),
  };
  if (variants.length) answer.variants = variants;
  return answer;
}

export interface Aggregated {
  answers: AnswerValue[];
  conflict: boolean;
}

/** A distinct value and its calibrated confidence. */
export interface RatedValue {
  group: Group<ScoredCandidate>;
  confidence: number;
}

/** Every distinct value the sources state, with its confidence, most confident first. */
export function rateValues(type: AnswerType, candidates: readonly Candidate[], model: ConfidenceModel = MODEL, list = false): RatedValue[] {
  return rateScored(type, scoreCandidates(type, candidates, model, list), model, list);
}

/** The same from candidates already scored (training rescoring cached features). */
export function rateScored(type: AnswerType, scored: readonly ScoredCandidate[], model: ConfidenceModel = MODEL, list = false): RatedValue[] {
  const picks = pickPerSource(type, scored, list);
  const groups = groupValues(type, picks);
  return groups
    .map((group) => ({ group, confidence: sigmoid(logit(model.value, valueFeatures(type, group, groups, picks.length, model))) }))
    .sort((a, b) => b.confidence - a.confidence);
}

export interface Decision {
  /** The values listed, most confident first. */
  listed: RatedValue[];
  /** Listed values shown as "also mentioned": weaker, differing, no disagreement. */
  alsoMentioned: ReadonlySet<RatedValue>;
  conflict: boolean;
}

/**
 * Which values are listed and whether they make a disagreement. Nothing is listed unless the most
 * confident value reaches the answer threshold; then every value at or above the listing
 * threshold is; two or more sides (at the conflict bar, or surely stated by their source) that
 * measure the same thing disagree, unless the question asks for a list.
 */
export function decide(byConfidence: readonly RatedValue[], thresholds: ConfidenceModel["thresholds"], list = false, model: ConfidenceModel = MODEL): Decision {
  // A list's items are each less certain than a single answer, and together they are one answer.
  const answered = (byConfidence[0]?.confidence ?? 0) >= (list ? thresholds.list : thresholds.answer);
  // A value no source states with the deed asked ("the 1997 pact", for "when did Tessaly quit the
  // pact") comes after those that do, however confident: at most it is also mentioned.
  const statesDeed = (r: RatedValue) => r.group.members.some((m) => m.evidence?.mentionsRelation !== false);
  const reorder = byConfidence.some(statesDeed) && !statesDeed(byConfidence[0]!);
  const deedFirst = (a: RatedValue, b: RatedValue) => (reorder ? Number(statesDeed(b)) - Number(statesDeed(a)) : 0);
  // (a stable sort: by confidence within each part)
  const rated = [...byConfidence].sort(deedFirst);
  const sure = answered ? rated.filter((r) => r.confidence >= Math.min(thresholds.list, thresholds.answer)) : [];
  // The other items of an enumeration a listed item stands in ("the U.S., Russia, and China") are that same statement.
  const enumerations = new Set(sure.flatMap((r) => r.group.members.map((m) => m.enumeration).filter((e) => e !== undefined)));
  const listed = list && enumerations.size ? rated.filter((r) => sure.includes(r) || r.group.members.some((m) => m.enumeration && enumerations.has(m.enumeration))) : sure;
  // Only values that measure the same thing can disagree: 25 vehicles and $390 are two facts.
  const top = listed[0];
  // A side of a disagreement: confident itself, or surely stated by its own source (see ConfidenceModel.thresholds).
  const surelyStated = (r: RatedValue) =>
    thresholds.sideSource !== undefined && r.confidence >= (thresholds.sideValue ?? thresholds.conflict) && Math.max(...r.group.members.map((m) => sourceConfidence(m, model))) >= thresholds.sideSource;
  // …and a source that names the subject: "the society's royal charter in 1851" is not Kelderwick's market charter.
  const namesSubject = (r: RatedValue) => r.group.members.some((m) => m.evidence?.namesSubject !== false && speaksOfSubject(m.evidence));
  // …and states the deed asked, in its words or near ones: "the 1999 treaty" is not when Finland quit it.
  const heard = !list && top && top.confidence >= thresholds.conflict ? rated.filter((r) => (r.confidence >= thresholds.conflict || surelyStated(r)) && sameMeasure(top, r) && namesSubject(r) && statesDeed(r)) : [];
  // …and about the same thing: a town and its namesake across the sea each have their own
  // population. A namesake's value that would be a side is listed beside the answer instead.
  const things = (r: RatedValue) => new Set(r.group.members.map((m) => m.evidence?.namesake ?? ""));
  const topThings = top ? things(top) : new Set<string>();
  // Asked for the new holder of a post, one a source has coming into it replaced the others: a
  // source naming the old holder was written before the change, and does not disagree.
  const comesIn = (r: RatedValue) => r.group.members.some((m) => m.evidence?.incoming === true);
  const change = heard.some(comesIn);
  const sides = heard.filter((r) => [...things(r)].some((t) => topThings.has(t)) && (!change || comesIn(r)));
  // A side below the listing threshold is listed: the warning quotes both.
  if (heard.length > 1) {
    for (const r of heard) if (!listed.includes(r)) listed.push(r);
    listed.sort((a, b) => deedFirst(a, b) || b.confidence - a.confidence);
  }
  // A name given alone means first the thing the bare title names: "Kelderwick"'s population
  // before that of "Kelderwick, Nova Scotia" (the sort is stable: otherwise by confidence).
  const onlyNamesake = (r: RatedValue) => r.group.members.every((m) => m.evidence?.namesake !== undefined);
  if (!list) listed.sort((a, b) => Number(onlyNamesake(a)) - Number(onlyNamesake(b)));
  const conflict = sides.length > 1;
  const alsoMentioned = new Set(list ? [] : listed.filter((r, i) => i > 0 && !(conflict && sides.includes(r))));
  return { listed, alsoMentioned, conflict };
}

/**
 * The sentence speaks of the question's subject at all: names some of it, or refers to it, or
 * follows a sentence that does. "The wing has 48 beds" says nothing of the whole hospital's beds.
 */
const speaksOfSubject = (e: Evidence | undefined) => !e || e.subjectNamed > 0 || e.reference !== "none";

/**
 * Two values measure the same thing unless their own words say otherwise: money and a count, a
 * length and a weight, a rank and a count, 25 vehicles and 5 seats. A number with no unit may be
 * of either.
 */
function sameMeasure(a: RatedValue, b: RatedValue): boolean {
  const x = a.group.members[0]!.claim;
  const y = b.group.members[0]!.claim;
  if (x.type === "duration" && y.type === "duration") return sameScale(x.normalized, y.normalized);
  if (x.type !== "number" || y.type !== "number") return true;
  if (!!x.currency !== !!y.currency || !!x.ordinal !== !!y.ordinal || !!x.score !== !!y.score) return false;
  if (x.quantityKind && y.quantityKind && x.quantityKind !== y.quantityKind) return false;
  return !(x.unit && y.unit && x.unit !== y.unit && !x.quantityKind);
}

/**
 * Sources that disagree on how long something lasts still speak of one scale of time: "ten years"
 * against "about ten minutes" (the walk to the building) are two facts, not a disagreement. A
 * hundredfold apart is further than any two reports of one duration we have seen (a week against
 * a year is 52).
 */
const SAME_SCALE = 100;

function sameScale(a: string, b: string): boolean {
  const x = durationLength(a)?.seconds;
  const y = durationLength(b)?.seconds;
  if (!x || !y) return true;
  return Math.max(x, y) / Math.min(x, y) < SAME_SCALE;
}

export interface AggregateOptions {
  model?: ConfidenceModel;
  /** The question asks for several items: every confident value is one, and none conflicts. */
  list?: boolean;
  /** The values of these same candidates, already rated with this model (rating is the costly part). */
  rated?: RatedValue[];
}

/** Aggregates candidates into answers with their confidence, deciding whether the sources conflict. */
export function aggregate(type: AnswerType, candidates: readonly Candidate[], documentOf: (id: string) => CorpusDocument | undefined, options: AggregateOptions = {}): Aggregated {
  const model = options.model ?? MODEL;
  const { listed, alsoMentioned, conflict } = decide(options.rated ?? rateValues(type, candidates, model, options.list), model.thresholds, options.list, model);
  const answers = listed.map((r): AnswerValue => {
    const answer = answerOf(r.group, documentOf, (m) => sourceConfidence(m as ScoredCandidate, model));
    answer.confidence = round(r.confidence);
    if (alsoMentioned.has(r)) answer.alsoMentioned = true;
    return answer;
  });
  return { answers, conflict };
}

/**
 * The side the most recently dated source takes, when the disagreeing sources carry dates and
 * one is newer than every source on the other sides: people often need exactly that.
 */
function newestSide(disputed: readonly AnswerValue[]): { answer: AnswerValue; source: SourceCitation } | undefined {
  let best: { answer: AnswerValue; source: SourceCitation } | undefined;
  let tie = false;
  for (const answer of disputed)
    for (const source of answer.sources) {
      if (!source.date || !/^\d{4}-\d{2}-\d{2}$/.test(source.date)) continue;
      if (!best || source.date > best.source.date!) [best, tie] = [{ answer, source }, false];
      else if (source.date === best.source.date && answer !== best.answer) tie = true;
    }
  const dated = new Set(disputed.filter((a) => a.sources.some((s) => s.date)));
  return best && !tie && dated.size > 1 ? best : undefined;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-02-10" as people write it: "10 Feb 2026". */
function readableDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The warning sentences of an answer: the disagreement, name variants, withheld values. */
export function warningsFor(type: AnswerType, answers: readonly AnswerValue[], conflict: boolean, withheld: readonly SourceCitation[]): string[] {
  const warnings: string[] = [];
  const count = (n: number) => `${n} source${n === 1 ? "" : "s"}`;
  const disputed = answers.filter((a) => !a.alsoMentioned);
  if (conflict) {
    warnings.push(`Sources disagree on ${TYPE_NOUN[type]}: ${disputed.map((a) => `${a.normalized} (${count(a.sources.length)})`).join(" vs ")}.`);
    const newest = newestSide(disputed);
    if (newest) warnings.push(`The newest source, ${newest.source.title} (${readableDate(newest.source.date!)}), says ${newest.answer.value}.`);
  }
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
