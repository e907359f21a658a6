/**
 * The shapes every part of crosscheck speaks. `Answer` is fixed by shared/CONTRACT.md: other
 * tools read it, so its required fields never change meaning.
 */

/** What a question asks for. */
export type AnswerType = "date" | "number" | "duration" | "person" | "organization" | "place" | "text";

export const ANSWER_TYPES: readonly AnswerType[] = [
  "date",
  "number",
  "duration",
  "person",
  "organization",
  "place",
  "text",
];

/**
 * `answered`: sources agree, or only one states it. `conflict`: sources state incompatible values.
 * `passages`: sources speak of the subject but state no single value that answers it; `passages`
 * holds what each says. `not_found`: the corpus does not speak of it. `error`: bad input;
 * `warnings` says why.
 */
export type AnswerStatus = "answered" | "conflict" | "passages" | "not_found" | "error";

/** One document that states an answer, with the sentence that states it (verbatim). */
export interface SourceCitation {
  id: string;
  title: string;
  snippet: string;
  outlet?: string;
  date?: string;
  url?: string;
  /** How likely this source's statement of the value is a right answer to the question, in [0, 1], calibrated. */
  confidence?: number;
  /** Where the sentence stands in its document: "p. 3" (PDF), "Pricing › Plans" (a heading path). */
  location?: string;
}

/** The best sentence of one source that speaks of the subject, for a `passages` answer. */
export interface Passage {
  id: string;
  title: string;
  snippet: string;
  /** Where the sentence stands in its document (see SourceCitation.location). */
  location?: string;
}

/** One distinct answer and every source that states it. */
export interface AnswerValue {
  /** The answer as a source words it: a concise phrase. */
  value: string;
  /** Canonical form used to compare sources (ISO date, plain digits, canonical name). */
  normalized: string;
  sources: SourceCitation[];
  /** How strongly the corpus supports this answer (higher is better); for ordering only. */
  score?: number;
  /** Other wordings of the same value seen in the sources ("Pete Hegseth" beside "Peter Hegseth"). */
  variants?: string[];
  /**
   * How likely the value is a right answer to the question, in [0, 1], calibrated on development
   * data: of the values given about 0.8, about 8 in 10 are right.
   */
  confidence?: number;
  /**
   * A weaker value that differs from the answer but is not confident enough to make a
   * disagreement: shown as "also mentioned", never as a conflict.
   */
  alsoMentioned?: boolean;
}

/** What the query core returns for one question. See shared/CONTRACT.md. */
export interface Answer {
  question: string;
  status: AnswerStatus;
  conflict: boolean;
  answerType: AnswerType;
  answers: AnswerValue[];
  warnings: string[];
  /** Sources that speak of the subject but explicitly withhold the value ("a date redacted"). */
  withheld?: SourceCitation[];
  /** With status `passages`: the best sentence from each source that speaks of the subject (at most 5). */
  passages?: Passage[];
  /** The question asks for several items ("which countries…"): each answer is one item. */
  list?: boolean;
  /** Time the core took, in milliseconds. */
  tookMs?: number;
}

/** Metadata of one document, as found in front matter or in the text itself. */
export interface DocumentMeta {
  title: string;
  outlet?: string;
  /** ISO date of publication, when the document carries one (a dateline, front matter). */
  date?: string;
  url?: string;
  /** Who wrote it, when its format says (PDF info, DOCX core properties, HTML meta, front matter). */
  author?: string;
}

/** Where a sentence stands in a structured document: its page (PDF) and the headings above it. */
export interface SentenceLocation {
  page?: number;
  /** Heading path, outermost first ("Pricing", "Plans"); a table's caption ends it. */
  headings?: string[];
}

/** One loaded document: its metadata and its article text split into sentences. */
export interface CorpusDocument extends DocumentMeta {
  /** File name without extension. */
  id: string;
  /** Path relative to the corpus folder. */
  file: string;
  sentences: string[];
  /**
   * Where each sentence stands, parallel to `sentences` (null where nothing is known); absent for
   * plain text, which has no pages or headings.
   */
  locations?: (SentenceLocation | null)[];
}

/** A sentence as the index knows it: its position and its document. */
export interface SentenceRef {
  /** Index into the corpus-wide sentence table. */
  id: number;
  docId: string;
  /** Position of the sentence in its document. */
  position: number;
  text: string;
}

/** A corpus file that was not loaded, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A typed value found in a sentence: the raw material of answers. */
export interface Claim {
  type: AnswerType;
  /** The span as written ("nearly 2,000", "Dec. 2, 2025"). */
  value: string;
  /** Canonical form ("2000", "2025-12-02"). */
  normalized: string;
  /** Character offsets of the span in the sentence. */
  start: number;
  end: number;
  /** Words around the value that qualify it ("nearly", "about"), kept in `value`. */
  qualifier?: string;
  /** The noun a number counts ("people" in "2,000 people"), as an index term. */
  unit?: string;
  /** The noun a number is stated as the value of ("population" in "the population was 2,000"), as an index term. */
  measure?: string;
  /** A name whose kind (person, organization, place) is only guessed: no strong evidence says it. */
  guessed?: boolean;
  /**
   * A date written without its year ("appointed on December 4") whose year was taken from the
   * document's date: the one that puts the date closest to it. `normalized` is then a full date.
   */
  inferredYear?: boolean;
  /** A number that ranks rather than counts: "the 34th minute", "finished fifth", "5th place". */
  ordinal?: boolean;
  /** A score or a vote's tally, two numbers as one value: "2-1" in "a 2-1 win", "7-2" in "voted 7-2". */
  score?: boolean;
  /** An amount of money: its ISO 4217 currency ("GBP" for "£8.5 million"); `normalized` is the amount. */
  currency?: string;
  /** The period a rate is stated for: "month" in "$12/month", "hour" in "£9 an hour". */
  per?: string;
  /**
   * The unit of a physical measure as the units library (js-quantities) writes it: "mi", "km",
   * "km2", "kt", "lbs", or "GT" for gross tonnage, which converts to nothing else. Values in
   * units of one kind are compared after conversion.
   */
  quantityUnit?: string;
  /** The kind of that measure: "length", "area", "mass", "speed", "volume", "power", "tonnage". */
  quantityKind?: string;
  /** What decided a name's kind, strongest first: its own words, the words around it, a lexicon, a tagger. */
  kindBy?: NameEvidence;
  /** A person's office as the sentence gives it ("Defense Secretary", "Head of Security"). */
  role?: string;
  /** What kind of code a text claim is: a ticket or incident id, a version, an HTTP status, an email address, a model or part number. */
  code?: CodeKind;
}

/**
 * Evidence that decided a name's kind: `name` its own words (a suffix or head: "Ltd", "Street"),
 * `label` a field's label ("Name:"), `title` an office or honorific before it, `context` other
 * words around it ("born in", "X, 47,"), `lexicon` or `given name` compromise's lexicon, `tagger`
 * compromise's tagger, `capitals` nothing but its capitals.
 */
export type NameEvidence = "name" | "label" | "title" | "context" | "lexicon" | "given name" | "tagger" | "capitals";

/** Kinds of identifiers and codes found in text. */
export type CodeKind = "id" | "version" | "status" | "email" | "model";

/** Summary of one source for `/sources`. */
export interface SourceSummary extends DocumentMeta {
  id: string;
  file: string;
  sentences: number;
  /** Filled once the disagreement report exists: where this source stands on shared facts. */
  standing?: SourceStanding;
}

/** How a source stands on the facts it shares with other sources. It never says true or false. */
export interface SourceStanding {
  /** Facts this source states that at least one other source also states a value for. */
  sharedFacts: number;
  /** Of those, how many where its value is the one most sources give. */
  withMajority: number;
  /** Of those, how many where no other source gives its value. */
  alone: number;
}

/** One fact on which sources state incompatible values. */
export interface ConflictItem {
  topic: string;
  answerType: AnswerType;
  answers: AnswerValue[];
  /** True when one source states incompatible values on its own. */
  selfContradiction?: boolean;
}

export interface ConflictReport {
  conflicts: ConflictItem[];
  /**
   * Set while the report of a large corpus is still being built in the background: why the list
   * is empty, for people.
   */
  pending?: string;
}

/** What loading a corpus produced. */
export interface LoadReport {
  documents: number;
  sentences: number;
  skipped: SkippedFile[];
  /** Where the corpus came from. */
  dir: string;
  ms: number;
}
