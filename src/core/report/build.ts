/**
 * The disagreement report of a corpus: every fact that two or more sources state a value for,
 * the ones on which they state incompatible values listed as conflicts, and for each source how
 * it stands on the facts it shares (with the majority, or alone). It never says which source is
 * right. Computed once per corpus load; the engine caches it.
 */
import type { AnswerType, AnswerValue, ConflictItem, CorpusDocument, SourceCitation, SourceStanding } from "../types.js";
import { termsOf } from "../search/terms.js";
import { PRONOUN_NEAR_START } from "../answer/reference.js";
import type { Candidate } from "../answer/candidates.js";
import { answerOf, citation, groupValues } from "../answer/aggregate.js";
import { comparableOf, compatible } from "../answer/compare.js";
import { claimContexts, type ClaimContext, type ReportView } from "./context.js";
import { DEFAULT_FACT_OPTIONS, findFacts, isName, type Fact, type FactMember, type FactOptions } from "./facts.js";
import { factQuestion } from "./question.js";

export interface DisagreementReport {
  /** Facts on which sources disagree, most supported first. */
  conflicts: ConflictItem[];
  /** How each source stands on the facts it shares with others, by source id. */
  standing: ReadonlyMap<string, SourceStanding>;
  /** Facts that two or more sources state a value for. */
  sharedFacts: number;
  /** Comparable claims read. */
  claims: number;
  /** True when the time budget ran out: some facts may be missing. */
  partial: boolean;
  ms: number;
}

/**
 * A side the core lists only as "also mentioned" is a disagreement's side when its sentence
 * matches the fact this well (two sources wording one statement) and the core gives it at least
 * this confidence. Chosen on the gold sets' planted disagreements (npm run eval:conflicts).
 */
const PARALLEL_MATCH = 0.7;
const PARALLEL_SIDE = 0.5;

/** A second value of one source counts as its own contradiction only when matched this well. */
const SELF_MATCH = 0.6;

const comparable = (c: ClaimContext) => comparableOf(c.claim);
const asCandidate = (c: ClaimContext): Candidate => ({ claim: c.claim, sentence: c.sentence, score: 1 });

/** The best-matched claim of each source in a fact. */
function bestPerSource(fact: Fact): Map<string, FactMember> {
  const best = new Map<string, FactMember>();
  for (const m of fact.members) {
    const held = best.get(m.context.sentence.docId);
    if (!held || m.score > held.score) best.set(m.context.sentence.docId, m);
  }
  return best;
}

/** Adds a source's citation to the answer whose value fits it, or as a new answer. */
function addCitation(type: AnswerType, answers: AnswerValue[], c: ClaimContext, doc: CorpusDocument | undefined): void {
  const cite = citation(doc, c.sentence);
  const fits = answers.find((a) => compatible(type, { normalized: a.normalized }, comparable(c)));
  if (!fits) answers.push({ value: c.claim.value, normalized: c.claim.normalized, sources: [cite] });
  else if (!fits.sources.some((s) => s.id === cite.id && s.snippet === cite.snippet)) fits.sources.push(cite);
}

/**
 * For names, a source that names the other entity too does not deny it (a list of countries,
 * a second person): the sides truly differ only if some pair of sources never name each other's.
 */
function namesTrulyDiffer(answers: readonly AnswerValue[], textOf: (id: string) => string): boolean {
  const says = (id: string, value: string) => textOf(id).includes(value.toLowerCase());
  for (let i = 0; i < answers.length; i++)
    for (let j = i + 1; j < answers.length; j++)
      for (const s of answers[i]!.sources)
        for (const t of answers[j]!.sources)
          if (s.id !== t.id && !says(s.id, answers[j]!.normalized) && !says(t.id, answers[i]!.normalized)) return true;
  return false;
}

/**
 * Two sides may be about one thing: a sentence that speaks of its subject only by a pronoun ("She
 * died at her house in Hexley") means its document's subject, so the other side must name a word
 * of that document's title, in its sentence or its own title. "He died at his home, Averill
 * House" in Josiah Harrow's article and that sentence in Isobel Marrack's are two deaths.
 */
function sidesMayMeetAt(sides: readonly AnswerValue[], view: ReportView): boolean {
  const titleOf = (id: string) => termsOf(view.document(id)?.title ?? "");
  const refersTo = (a: SourceCitation, b: SourceCitation) => {
    if (!PRONOUN_NEAR_START.test(a.snippet)) return true;
    const other = new Set([...termsOf(b.snippet), ...titleOf(b.id)]);
    return titleOf(a.id).some((t) => other.has(t));
  };
  for (let i = 0; i < sides.length; i++)
    for (let j = i + 1; j < sides.length; j++)
      for (const a of sides[i]!.sources) for (const b of sides[j]!.sources) if (refersTo(a, b) && refersTo(b, a)) return true;
  return false;
}

interface JudgedFact {
  item: ConflictItem;
  conflict: boolean;
  /** Source id → index of the answer holding its value. */
  sides: Map<string, number>;
}

/**
 * Decides whether the sources of one fact disagree, and builds its item. The fact is asked of
 * the query core as a question: it disagrees only when the core's answer is a disagreement
 * (two incompatible values each confident above the conflict bar) between sources of the fact.
 */
function judge(view: ReportView, fact: Fact, textOf: (id: string) => string): JudgedFact {
  const type = fact.seed.claim.type;
  const asked = factQuestion(fact);
  const rated = view.rate(asked.text);
  const members = new Set(fact.members.map((m) => m.context.sentence.docId));
  const disputed = rated.answers.filter((a) => !a.alsoMentioned && a.sources.some((s) => members.has(s.id)));
  const best = bestPerSource(fact);
  const answers = groupValues(type, [...best.values()].map((m) => asCandidate(m.context)))
    .sort((a, b) => b.members.length - a.members.length)
    .map((g) => answerOf(g, (id) => view.document(id)));
  const sides = new Map<string, number>();
  answers.forEach((a, i) => a.sources.forEach((s) => sides.set(s.id, i)));
  // A source that also states an incompatible value for the same fact, in another sentence,
  // contradicts itself. Not for names: naming two entities is no contradiction.
  let selfContradiction = false;
  for (const m of isName(type) ? [] : fact.members) {
    const own = best.get(m.context.sentence.docId)!;
    if (m === own || m.score < SELF_MATCH || m.context.sentence === own.context.sentence) continue;
    if (compatible(type, comparable(m.context), comparable(own.context))) continue;
    addCitation(type, answers, m.context, view.document(m.context.sentence.docId));
    selfContradiction = true;
  }
  // A side the core only mentions still disagrees when its source words the same statement as
  // another side's (the fact matched their sentences closely) and the core gives it a fair
  // chance: a value's confidence is held down by the very disagreement it is part of.
  const matchOf = (id: string) => best.get(id)?.score ?? 0;
  const parallel = rated.answers.filter((a) => (a.confidence ?? 0) >= PARALLEL_SIDE && a.sources.some((s) => members.has(s.id) && matchOf(s.id) >= PARALLEL_MATCH));
  const opposed = rated.conflict ? disputed : rated.statesRelation && parallel.length > 1 ? parallel : [];
  let conflict = asked.statesRelation && answers.length > 1 && opposed.length > 1;
  if (conflict && isName(type) && !selfContradiction) conflict = namesTrulyDiffer(opposed, textOf);
  if (conflict && !selfContradiction) conflict = sidesMayMeetAt(opposed, view);
  const item: ConflictItem = { topic: asked.topic, answerType: type, answers: conflict ? opposed.map(({ alsoMentioned: _, ...a }) => a) : answers };
  if (selfContradiction) item.selfContradiction = true;
  return { item, conflict, sides };
}

/** How each source stands on the facts it shares: with the majority, or alone. */
function standings(judged: readonly JudgedFact[]): Map<string, SourceStanding> {
  const out = new Map<string, SourceStanding>();
  for (const j of judged) {
    const sizes = j.item.answers.map((a) => new Set(a.sources.map((s) => s.id)).size);
    const top = Math.max(...sizes);
    const majority = sizes.filter((n) => n === top).length === 1 ? sizes.indexOf(top) : -1;
    for (const [id, side] of j.sides) {
      const s = out.get(id) ?? { sharedFacts: 0, withMajority: 0, alone: 0 };
      s.sharedFacts++;
      if (side === majority) s.withMajority++;
      if (sizes[side] === 1 && j.sides.size > 1 && j.conflict) s.alone++;
      out.set(id, s);
    }
  }
  return out;
}

/** A term is rare when at most this share of the documents use it (and always when 5 or fewer do). */
const RARE_SHARE = 0.004;
const RARE_FLOOR = 5;

/**
 * From this many documents on, a corpus is taken to tell many stories (not many reports of one),
 * and two claims must share most of their rare words, not just one, to be about one thing.
 */
const MANY_STORIES = 100;
const MANY_STORIES_RARE_COVER = 0.5;

/** Which terms few documents use: in a corpus of many stories, the words that tell them apart. */
function rareTerms(view: ReportView, documents: number): (term: string) => boolean {
  const docsOf = new Map<string, Set<string>>();
  for (const s of view.index.sentences)
    for (const { term } of view.terms(s)) {
      let docs = docsOf.get(term);
      if (!docs) docsOf.set(term, (docs = new Set()));
      docs.add(s.docId);
    }
  const limit = Math.max(RARE_FLOOR, RARE_SHARE * documents);
  return (term) => (docsOf.get(term)?.size ?? 0) <= limit;
}

/** Builds the disagreement report of a corpus. */
export function buildReport(view: ReportView, documents: readonly CorpusDocument[], options?: FactOptions): DisagreementReport {
  const started = performance.now();
  options ??= { ...DEFAULT_FACT_OPTIONS, rareCover: documents.length >= MANY_STORIES ? MANY_STORIES_RARE_COVER : 0 };
  const isRare = rareTerms(view, documents.length);
  const contexts: ClaimContext[] = [];
  for (const s of view.index.sentences) contexts.push(...claimContexts(view, s, contexts.length, isRare));
  const { facts, partial } = findFacts(contexts, options);

  const lowered = new Map<string, string>();
  const textOf = (id: string) => {
    let t = lowered.get(id);
    if (t === undefined) {
      const d = view.document(id);
      lowered.set(id, (t = d ? d.sentences.join("\n").toLowerCase() : ""));
    }
    return t;
  };
  const judged = facts.map((f) => judge(view, f, textOf));
  const conflicts = judged.filter((j) => j.conflict).map((j) => j.item);
  const support = (c: ConflictItem) => new Set(c.answers.flatMap((a) => a.sources.map((s) => s.id))).size;
  conflicts.sort((a, b) => support(b) - support(a) || a.topic.localeCompare(b.topic));
  return {
    conflicts,
    standing: standings(judged),
    sharedFacts: judged.length,
    claims: contexts.length,
    partial,
    ms: Math.round(performance.now() - started),
  };
}
