/**
 * What a candidate's sentence and value show about whether the value answers the question: named
 * evidence features, the only inputs of the confidence model (./model.ts). The candidate finder
 * measures them; the model weighs them with weights fitted to labelled candidates
 * (`npm run train`), so that no weight is set by hand.
 */
import type { AnswerType } from "../types.js";

/** How a sentence refers to the question's subject. */
export type ReferenceKind =
  /** It names at least half of the subject (by rarity): "Finland withdrew…". */
  | "named"
  /** It uses part of the name its document's opening defines: "Reinhold was born…". */
  | "definedName"
  /** It opens with a pronoun in a document that defines the subject: "It was built in 1835". */
  | "pronoun"
  /** It opens with a pronoun right after a sentence naming the subject. */
  | "afterNaming"
  /** It names less than half of the subject. */
  | "partial"
  /** Only the sentence before names some of the subject. */
  | "previous"
  /** Nothing ties it to the subject but its document. */
  | "none";

export const REFERENCE_KINDS: readonly ReferenceKind[] = ["named", "definedName", "pronoun", "afterNaming", "partial", "previous", "none"];

/** The evidence behind one candidate value in one sentence. */
export interface Evidence {
  /** The head of the question's subject ("memo" in "the mine memo") is named here or just before, or referred to. */
  headNamed: boolean;
  /** Share of the numbers the question states ("in 2021") that this sentence or the one before states; 1 when it states none. */
  questionNumbers: number;
  /** Share (by rarity) of the subject's words the sentence names, 0 to 1. */
  subjectNamed: number;
  /**
   * One of the names the question gives ("Kelderwick") stands in this sentence or the one before, or
   * the sentence refers to a document that defines the subject. Not a model feature: a side of a
   * disagreement must have it (see aggregate.ts decide).
   */
  namesSubject?: boolean;
  /**
   * The sentence holds the deed the question's verb asks about ("quit": "withdrew", "its
   * withdrawal"), or a near word, or the value states it by itself; true when the question's verb
   * names no deed. Not a model feature: a side of a disagreement must have it, and a value without
   * it never comes first ("the 1999 treaty" states no one's quitting it; see aggregate.ts decide).
   */
  mentionsRelation?: boolean;
  /**
   * The title of the namesake the sentence's document is about ("Kelderwick, Nova Scotia", beside
   * a document titled "Kelderwick"), when the question does not tell them apart. Not a model
   * feature: values about two namesakes do not disagree (see aggregate.ts decide).
   */
  namesake?: string;
  /**
   * Asked for the new holder of a post, the sentence has this person coming into it ("takes over
   * as", "replaced by"; tenure.ts). Not a model feature: the old holder, whom sources written before
   * the change name, is no side of a disagreement with them (see aggregate.ts decide).
   */
  incoming?: boolean;
  reference: ReferenceKind;
  /** Share of the subject the sentence's document speaks of, 0 to 1. */
  documentSubject: number;
  /** Share of the subject the document's opening sentence defines (an encyclopedic lead), 0 to 1. */
  lead: number;
  /** The question names a relation the corpus knows ("signed", "withdraw"). */
  asksRelation: boolean;
  /** Share of the relation's words (or their other words) the sentence holds, 0 to 1. */
  relation: number;
  /** …the extra share held only through a near relation ("founded" for "built"). */
  nearRelation: number;
  /** The sentence holds every relation word a stating sentence must hold. */
  statesRelation: boolean;
  /** How well the value's kind fits the kind asked for (0 to 1.3: a count of exactly what was asked). */
  kindFit: number;
  /** The value's kind is only guessed (a capitalized run of unknown kind). */
  guessedKind: boolean;
  /** Closeness of the value to the relation's words and to the subject's (1 next to them, falling with distance). */
  toRelation: number;
  toSubject: number;
  /** The value states the asked relation by itself (a lifespan for a birth, an album "by" its artist…). */
  answersByItself: boolean;
  /** The value is the agent a "by" introduces after the subject. */
  agent: boolean;
  /** A date of another life event than the one asked (a death for a birth, a relative's). */
  otherLifeEvent: boolean;
  /** The end of a range, for a question about a beginning. */
  rangeEnd: boolean;
  /** For places: how well the place fits the kind asked (a known city for "which city"), 1 otherwise. */
  placeFit: number;
  /** The sentence is long (a table or page chrome run together): 1 for prose, less the longer it is. */
  prose: number;
  /** The verb governing the value states the asked relation ("signed … on January 15"). */
  governedByRelation: boolean;
  /** The verb governing the value is another event's ("imposed … in 2023" for a lifting). */
  otherEvent: boolean;
  /** Share (by rarity) of all the question's words that the sentence and the one before it hold. */
  questionInContext: number;
  /** Share of the value's words the question itself uses: an answer seldom repeats the question. */
  echo: number;
  /** A preposition that introduces values of the asked kind stands right before it ("at Ferrow Lane" for where). */
  fittingPreposition: boolean;
  /** Share of the question's relation words that no document uses in any form: what is asked is likely not stated anywhere. */
  unknownRelation: number;
  /** The value stands right before the subject's words, qualifying it: "the 1997 Ottawa Treaty", "the 1868 ship". */
  beforeSubject: boolean;
  /** A name standing as a modifier of a noun ("U.S. commitments"). */
  asModifier: boolean;
  /** Values of the asked kind in the sentence, this one included. */
  sameKindInSentence: number;
  /** The relation word nearest the value follows the subject ("the memo, signed…") or a pronoun for it. */
  relationOfSubject: boolean;
  /** …or follows another noun: another thing's event ("an international treaty signed in 1999"). */
  relationOfOther: boolean;
  /** A date whose year came from its document's date ("December 4" in a report of May 2026). */
  inferredYear: boolean;
  /** A date with no year at all ("--12-04"): its document carries no date to give it one. */
  yearless: boolean;
}

/** What the model learns from about one candidate beside its own evidence: how it stands among the others. */
export interface Standing {
  /** It is its source's best candidate. */
  sourceBest: boolean;
  /** Other sources that state a compatible value. */
  agreeing: number;
  /** Other values its own source states nearly as strongly. */
  rivalsInSource: number;
  answerType: AnswerType;
}

const flag = (b: boolean) => (b ? 1 : 0);

/**
 * The sign each feature's weight must have, by what the feature means: more of the subject named
 * can only make a value likelier, another event's verb only less likely. `npm run train` keeps
 * these signs; features not listed (kinds of reference, answer types) are free.
 */
export const CANDIDATE_SIGNS: Readonly<Record<string, 1 | -1>> = {
  subjectNamed: 1, headNamed: 1, questionNumbers: 1, documentSubject: 1, lead: 1, relation: 1,
  statesRelation: 1, kindFit: 1, toRelation: 1, toSubject: 1, answersByItself: 1, agent: 1, placeFit: 1,
  governedByRelation: 1, sourceBest: 1, agreeing: 1, questionInContext: 1, onlyOfKind: 1, subjectAndRelation: 1,
  relationOfSubject: 1, nearRelation: 1, fittingPreposition: 1, beforeSubject: 1,
  otherLifeEvent: -1, rangeEnd: -1, longSentence: -1, otherEvent: -1, rivalsInSource: -1, guessedKind: -1,
  relationOfOther: -1, otherThingsEvent: -1, yearless: -1, logSameKind: -1, echo: -1, asModifier: -1, unknownRelation: -1,
};

/** The named numeric features of a candidate, as the model reads them. */
export function candidateFeatures(e: Evidence, s: Standing): Record<string, number> {
  const f: Record<string, number> = {
    subjectNamed: e.subjectNamed,
    headNamed: flag(e.headNamed),
    questionNumbers: e.questionNumbers,
    documentSubject: e.documentSubject,
    lead: e.lead,
    asksRelation: flag(e.asksRelation),
    relation: e.asksRelation ? e.relation : 0,
    nearRelation: e.asksRelation ? e.nearRelation : 0,
    statesRelation: flag(e.statesRelation),
    kindFit: e.kindFit,
    guessedKind: flag(e.guessedKind),
    toRelation: e.toRelation,
    toSubject: e.toSubject,
    answersByItself: flag(e.answersByItself),
    agent: flag(e.agent),
    otherLifeEvent: flag(e.otherLifeEvent),
    rangeEnd: flag(e.rangeEnd),
    placeFit: e.placeFit,
    longSentence: 1 - e.prose,
    governedByRelation: flag(e.governedByRelation),
    otherEvent: flag(e.otherEvent),
    questionInContext: e.questionInContext,
    onlyOfKind: flag(e.sameKindInSentence <= 1),
    echo: e.echo,
    asModifier: flag(e.asModifier),
    beforeSubject: flag(e.beforeSubject),
    unknownRelation: e.unknownRelation,
    fittingPreposition: flag(e.fittingPreposition),
    logSameKind: Math.log(Math.max(1, e.sameKindInSentence)),
    subjectAndRelation: e.subjectNamed * (e.asksRelation ? e.relation : 1),
    inferredYear: flag(e.inferredYear),
    yearless: flag(e.yearless),
    relationOfSubject: flag(e.relationOfSubject),
    relationOfOther: flag(e.relationOfOther),
    // "a treaty signed in 1999" in a report on the memo: the relation is another thing's, and the subject's head is absent.
    otherThingsEvent: flag(e.relationOfOther && !e.headNamed),
    sourceBest: flag(s.sourceBest),
    agreeing: Math.log1p(s.agreeing),
    rivalsInSource: Math.log1p(s.rivalsInSource),
  };
  for (const kind of REFERENCE_KINDS) if (kind !== "named") f[`reference:${kind}`] = flag(e.reference === kind);
  for (const type of ["date", "number", "duration", "person", "organization", "place", "text"] as const)
    if (type !== "date") f[`type:${type}`] = flag(s.answerType === type);
  return f;
}
