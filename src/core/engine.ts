/**
 * The query core: a corpus, its sentence index, and `ask`, which turns a question into an
 * `Answer`. Every adapter (terminal, command line, Slack, Discord) goes through this class and
 * nothing else; it knows nothing of chat platforms.
 */
import type { Answer, AnswerType, Claim, ConflictReport, CorpusDocument, LoadReport, SentenceRef, SourceSummary } from "./types.js";
import { loadCorpus } from "./corpus/load.js";
import { SentenceIndex } from "./search/index.js";
import { normalizeTerm, positionedTerms, termsOf } from "./search/terms.js";
import { analyzeQuestion, type QuestionAnalysis } from "./question/analyze.js";
import { findDates } from "./extract/dates.js";
import { findNumbers } from "./extract/numbers.js";
import { findNames } from "./extract/names.js";
import { findExpansions } from "./extract/text.js";
import { findCandidates, type CorpusView } from "./answer/candidates.js";
import { aggregate, citation, warningsFor } from "./answer/aggregate.js";
import { checkQuestion, MAX_QUESTION_LENGTH } from "./question/validate.js";
import { buildReport, filterByTopic, type DisagreementReport } from "./report/index.js";
import { BoundedCache, stringBytes } from "./cache.js";
import { TermTable } from "./search/term-table.js";
import { packCorpus, unpackCorpus } from "./corpus/layout.js";
import { ClaimTable, type ClaimFamily } from "./corpus/claim-table.js";

/**
 * Above this many sentences, extracting every sentence's values (for the background preparation
 * and the disagreement report behind `/sources`) takes minutes: it is only done when asked for.
 */
export const PREPARE_LIMIT = 50_000;

/** An answer that says why a question could not be answered. */
function errorAnswer(question: string, why: string): Answer {
  return { question, status: "error", conflict: false, answerType: "text", answers: [], warnings: [why] };
}

/** What the engine's one cache may hold, in bytes (its tables are bounded by the corpus instead). */
const ACRONYM_CACHE_BYTES = 256 * 1024;

/** Every typed value a sentence states: dates first, so a year is never also a count. */
export function extractClaims(text: string): Claim[] {
  const dates = findDates(text);
  return [...dates, ...findNumbers(text, dates), ...findNames(text)];
}

/** The extractors an answer type needs: names are costly, so a date question never runs them. */
const FAMILY_OF: Record<AnswerType, ClaimFamily | undefined> = {
  date: "dates",
  number: "numbers",
  duration: "numbers",
  person: "names",
  organization: "names",
  place: "names",
  text: undefined,
};

/** What an engine may start with besides its index: values, terms and the report a snapshot kept. */
export interface PreparedParts {
  claims?: ClaimTable;
  terms?: TermTable;
  disagreements?: DisagreementReport;
}

export class QueryEngine implements CorpusView {
  readonly documents: readonly CorpusDocument[];
  readonly index: SentenceIndex;
  readonly report: LoadReport;
  private readonly byId: Map<string, CorpusDocument>;
  /**
   * Every sentence's values, filled as sentences are read (or all at once by `prepare`): like the
   * term table, it never holds more than the corpus states, so it needs no bound of its own.
   */
  private claimTable: ClaimTable;
  /** Every sentence's terms with their positions, filled likewise. */
  private termTable: TermTable;
  /** What each acronym no source uses stands for: reading every document's opening takes a while. */
  private readonly acronymNames = new BoundedCache<string, string | null>(ACRONYM_CACHE_BYTES, (k, v) => stringBytes(k.length) + stringBytes(v?.length ?? 0));
  /** Where each document's sentences start in the index's sentence table (one more entry than documents). */
  private readonly firstSentence: Uint32Array;
  private readonly documentNumber: Map<string, number>;

  constructor(documents: readonly CorpusDocument[], index: SentenceIndex, report: LoadReport, prepared: PreparedParts = {}) {
    this.documents = documents;
    this.index = index;
    this.report = report;
    this.byId = new Map(documents.map((d) => [d.id, d]));
    this.documentNumber = new Map(documents.map((d, i) => [d.id, i]));
    // From the sentence table, not from `d.sentences`: a stored document decodes its sentences when asked.
    this.firstSentence = new Uint32Array(documents.length + 1);
    let next = 0;
    documents.forEach((d, i) => {
      while (next < index.sentences.length && index.sentences[next]!.docId === d.id) next++;
      this.firstSentence[i + 1] = next;
    });
    if (next !== index.sentences.length) throw new Error("the index does not cover the documents");
    this.claimTable = prepared.claims?.sentences === index.sentences.length ? prepared.claims : new ClaimTable(index.sentences.length);
    this.termTable = prepared.terms?.sentences === index.sentences.length ? prepared.terms : new TermTable(index.sentences.length, index.vocabulary);
    this.disagreements = prepared.disagreements;
  }

  /** Loads a corpus folder and builds its index. Throws when the folder cannot be read. */
  static async load(dir: string): Promise<QueryEngine> {
    const started = performance.now();
    const { documents, skipped } = await loadCorpus(dir);
    return QueryEngine.fromDocuments(documents, { dir, skipped, started });
  }

  /** Builds an engine over documents already loaded. */
  static fromDocuments(parsed: readonly CorpusDocument[], from: { dir: string; skipped?: LoadReport["skipped"]; started?: number }): QueryEngine {
    const started = from.started ?? performance.now();
    // Kept as a snapshot keeps it, so that the parsed text can go: the same engine either way.
    const { documents, sentences } = unpackCorpus(packCorpus(parsed));
    const index = SentenceIndex.build(documents, sentences);
    const report: LoadReport = {
      dir: from.dir,
      documents: documents.length,
      sentences: index.sentences.length,
      skipped: from.skipped ?? [],
      ms: Math.round(performance.now() - started),
    };
    return new QueryEngine(documents, index, report);
  }

  document(id: string): CorpusDocument | undefined {
    return this.byId.get(id);
  }

  // CorpusView, with caches: a sentence's values do not depend on the question.
  /** Typed values of a sentence: of the family an answer type needs, or all of them. */
  claims(sentence: SentenceRef, type?: AnswerType): readonly Claim[] {
    const family = type ? FAMILY_OF[type] : undefined;
    if (family) return this.family(sentence, family);
    if (type) return [];
    const dates = this.family(sentence, "dates");
    return [...dates, ...this.family(sentence, "numbers"), ...this.family(sentence, "names")];
  }

  private family(sentence: SentenceRef, family: ClaimFamily): Claim[] {
    const known = this.claimTable.get(sentence.id, family);
    if (known) return known;
    const claims =
      family === "dates" ? findDates(sentence.text) : family === "numbers" ? findNumbers(sentence.text, this.family(sentence, "dates")) : findNames(sentence.text);
    this.claimTable.set(sentence.id, family, claims);
    return claims;
  }

  terms(sentence: SentenceRef): readonly { term: string; position: number }[] {
    const known = this.termTable.get(sentence.id);
    if (known) return known;
    const terms = positionedTerms(sentence.text, this.index.compounds);
    this.termTable.set(sentence.id, terms);
    return terms;
  }

  documentHas(docId: string, term: string): boolean {
    return this.index.documentHas(docId, term);
  }

  previous(sentence: SentenceRef): SentenceRef | undefined {
    if (sentence.position === 0) return undefined;
    const prev = this.index.sentences[sentence.id - 1];
    return prev && prev.docId === sentence.docId ? prev : undefined;
  }

  sentencesOf(docId: string): readonly SentenceRef[] {
    const doc = this.documentNumber.get(docId);
    return doc === undefined ? [] : this.index.sentences.slice(this.firstSentence[doc], this.firstSentence[doc + 1]);
  }

  /** Answers a question. Never throws: bad input gives `status: "error"` with the reason. */
  ask(question: string): Answer {
    const started = performance.now();
    const problem = checkQuestion(question);
    const text = typeof question === "string" ? question.trim() : "";
    if (problem) return errorAnswer(text.slice(0, MAX_QUESTION_LENGTH), problem);
    let answer: Answer;
    try {
      answer = this.answer(text);
    } catch (err) {
      answer = errorAnswer(text, `Could not answer this question (${(err as Error).message}).`);
    }
    answer.tookMs = Math.round((performance.now() - started) * 100) / 100;
    return answer;
  }

  private answer(question: string): Answer {
    const q = analyzeQuestion(question);
    this.correctSpelling(q);
    const found = findCandidates(q, this);
    const { answers, conflict } = aggregate(q.answerType, found.candidates, (id) => this.byId.get(id));
    const stating = new Set(answers.flatMap((a) => a.sources.map((s) => s.id)));
    const withheld = [...new Map(found.withheld.filter((s) => !stating.has(s.docId)).map((s) => [s.docId, citation(this.byId.get(s.docId), s)])).values()];
    const status = answers.length === 0 ? "not_found" : conflict ? "conflict" : "answered";
    const warnings = warningsFor(q.answerType, answers, conflict, withheld);
    if (status === "not_found")
      warnings.unshift(found.subjectFound ? "The sources speak of this but none states the answer." : "No source speaks of this.");
    const result: Answer = { question, status, conflict, answerType: q.answerType, answers, warnings };
    if (withheld.length) result.withheld = withheld;
    return result;
  }

  /**
   * Replaces misspelled question terms by the index's spelling ("signd" → "sign"). A misspelled
   * word's part of speech was guessed from a word that does not exist, so it joins the relation
   * terms unless it is the only subject word.
   */
  correctSpelling(q: QuestionAnalysis): void {
    const corrected: string[] = [];
    const subject: string[] = [];
    for (const t of q.subjectTerms) {
      const fixed = this.index.correct(t);
      (fixed !== t ? corrected : subject).push(fixed);
    }
    q.subjectTerms = subject.length ? subject : corrected;
    q.relationTerms = [...q.relationTerms.map((t) => this.index.correct(t)), ...(subject.length ? corrected : [])];
    this.spellOutAcronyms(q);
  }

  /**
   * An acronym no source uses ("YHSS") stands for the name a document opens with whose initials
   * spell it ("Yangchenphug Higher Secondary School"): the question asks about that name.
   */
  private spellOutAcronyms(q: QuestionAnalysis): void {
    for (const acronym of q.acronyms) {
      const term = normalizeTerm(acronym);
      if (!term || this.index.has(term) || !q.subjectTerms.includes(term)) continue;
      const best = this.acronymNames.remember(acronym, () => this.nameSpelling(acronym) ?? null);
      if (!best) continue;
      const words = termsOf(best);
      q.subjectTerms = [...q.subjectTerms.filter((t) => t !== term), ...words];
      q.nameTerms = [...q.nameTerms.filter((t) => t !== term), ...words];
    }
  }

  /** The name documents most often open with whose initials spell the acronym, if any. */
  private nameSpelling(acronym: string): string | undefined {
    const counts = new Map<string, number>();
    for (const doc of this.documents) {
      const first = this.sentencesOf(doc.id)[0];
      for (const e of first ? findExpansions(first.text.slice(0, 200), acronym) : []) counts.set(e.normalized, (counts.get(e.normalized) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  /**
   * Loads the extractors' language data now (chrono's and compromise's first parse takes about a
   * second) so that the first question is answered as fast as the next.
   */
  warmUp(): void {
    extractClaims("On January 2, 2020, Dr. Jane Smith of the United Nations said nearly two thousand people in Paris waited 90 days.");
  }

  /**
   * Extracts every sentence's values and builds the disagreement report in the background, in
   * slices of a few milliseconds so questions are never held up, until answers need no more
   * extraction at all. Corpora above `maxSentences` are left to a background worker instead
   * (`prepareSnapshot` in ../snapshot/): their report alone is many seconds of one computation.
   * A snapshot keeps what this computes, so it is done once per state of the corpus.
   */
  async prepare(options: { maxSentences?: number; sliceMs?: number; signal?: AbortSignal } = {}): Promise<boolean> {
    const { maxSentences = this.prepareLimit, sliceMs = 10, signal } = options;
    if (this.index.sentences.length > maxSentences) return false;
    let sliceStart = performance.now();
    for (const sentence of this.index.sentences) {
      if (signal?.aborted) return false;
      this.claims(sentence);
      this.terms(sentence);
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    if (signal?.aborted) return false;
    this.disagreementReport();
    return true;
  }

  /** Extracts every sentence's values at once: for a worker, where nothing waits on it. */
  extractAll(): void {
    for (const sentence of this.index.sentences) {
      this.claims(sentence);
      this.terms(sentence);
    }
  }

  /** True when every sentence's values are extracted and the disagreement report is built. */
  get prepared(): boolean {
    return this.claimTable.complete && this.termTable.complete && this.disagreements !== undefined;
  }

  /** What a snapshot keeps besides the index: the values extracted so far, and the report once built. */
  preparedParts(): PreparedParts {
    return { claims: this.claimTable, terms: this.termTable, disagreements: this.disagreements };
  }

  /** Takes over what a background preparation computed (values of every sentence, the report). */
  adopt(parts: PreparedParts): void {
    if (parts.claims?.complete && parts.claims.sentences === this.index.sentences.length) this.claimTable = parts.claims;
    if (parts.terms?.complete && parts.terms.sentences === this.index.sentences.length) this.termTable = parts.terms;
    this.disagreements ??= parts.disagreements;
  }

  /** Up to this many sentences, the report is built when first asked for and `prepare` runs in slices here. */
  prepareLimit = PREPARE_LIMIT;

  /**
   * Set while a background worker prepares this corpus: a `/conflicts` asked meanwhile on a large
   * corpus says so instead of building the report in one blocking step.
   */
  preparing = false;

  /**
   * The documents, with their metadata, for `/sources`, and where each stands once the
   * disagreement report exists (on a corpus past PREPARE_LIMIT, once prepared in the background):
   * listing sources must never wait minutes for it.
   */
  sources(): SourceSummary[] {
    const report = this.disagreements ?? (this.index.sentences.length <= this.prepareLimit ? this.disagreementReport() : undefined);
    const standing = report?.standing;
    return this.documents.map((d, i) => ({
      id: d.id,
      file: d.file,
      title: d.title,
      outlet: d.outlet,
      date: d.date,
      url: d.url,
      sentences: this.firstSentence[i + 1]! - this.firstSentence[i]!,
      standing: standing ? (standing.get(d.id) ?? { sharedFacts: 0, withMajority: 0, alone: 0 }) : undefined,
    }));
  }

  /**
   * Every fact on which sources disagree, optionally only those about a topic. On a corpus past
   * PREPARE_LIMIT whose report a background worker is still building, an empty list that says so.
   */
  conflicts(topic?: string): ConflictReport {
    if (!this.disagreements && this.preparing && this.index.sentences.length > this.prepareLimit)
      return { conflicts: [], pending: "The disagreement report of this corpus is still being prepared in the background; ask again in a few minutes." };
    const { conflicts } = this.disagreementReport();
    return { conflicts: topic?.trim() ? filterByTopic(conflicts, topic, this.index.compounds) : [...conflicts] };
  }

  /** The disagreement report, built on first use (or kept by the snapshot) for the life of this corpus load. */
  private disagreements?: DisagreementReport;

  private disagreementReport(): DisagreementReport {
    return (this.disagreements ??= buildReport(this, this.documents));
  }
}
