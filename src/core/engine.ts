/**
 * The query core: a corpus, its sentence index, and `ask`, which turns a question into an
 * `Answer`. Every adapter (terminal, command line, Slack, Discord) goes through this class and
 * nothing else; it knows nothing of chat platforms.
 */
import type { Answer, AnswerType, AnswerValue, Claim, ConflictReport, CorpusDocument, LoadReport, SentenceRef, SourceSummary } from "./types.js";
import { loadCorpus } from "./corpus/load.js";
import { SentenceIndex } from "./search/index.js";
import { normalizeTerm, positionedTerms, rawTokens, termsOf } from "./search/terms.js";
import { isEnglishWord, mutualNounSynonymsOf } from "./lexicon/wordnet.js";
import { distance } from "fastest-levenshtein";
import { corpusKind } from "./question/corpus-kind.js";
import { analyzeQuestion, type QuestionAnalysis } from "./question/analyze.js";
import { findDates } from "./extract/dates.js";
import { findNumbers } from "./extract/numbers.js";
import { findNames } from "./extract/names.js";
import { findExpansions } from "./extract/text.js";
import { openSpelling } from "./question/compounds.js";
import { acronymSpellings } from "./answer/acronyms.js";
import { askedDocumentField, documentFieldAnswer } from "./answer/documents.js";
import { findCandidates, type Candidate, type CandidateSearch, type CorpusView } from "./answer/candidates.js";
import { aggregate, citation, rateValues, warningsFor } from "./answer/aggregate.js";
import { storyCandidates } from "./answer/story-choice.js";
import { MODEL } from "./answer/model.js";
import { checkQuestion, MAX_QUESTION_LENGTH } from "./question/validate.js";
import { buildReport, filterByTopic, type DisagreementReport } from "./report/index.js";
import { formatLocation } from "./corpus/location.js";
import { BoundedCache, stringBytes } from "./cache.js";
import { TermTable } from "./search/term-table.js";
import { packCorpus, unpackCorpus } from "./corpus/layout.js";
import { ClaimTable, type ClaimFamily } from "./corpus/claim-table.js";
import { NameWordTable } from "./question/name-words.js";

/**
 * Above this many sentences, extracting every sentence's values (for the background preparation
 * and the disagreement report behind `/sources`) takes minutes: it is only done when asked for.
 */
export const PREPARE_LIMIT = 50_000;

/** A citation that can say where its sentence stands. */
type Located = { id: string; snippet: string; location?: string };

/** An answer that says why a question could not be answered. */
function errorAnswer(question: string, why: string): Answer {
  return { question, status: "error", conflict: false, answerType: "text", answers: [], warnings: [why] };
}

/** Sentences read to tell whether the corpus writes a word as a name, and the share of capitalized uses that makes it one. */
const NAME_EVIDENCE = 200;
const NAME_SHARE = 0.8;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point that ends right before `at` (a surrogate pair read as one, as a /u lookbehind does). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

const touchesWord = (code: number | undefined) => code !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(code));

/**
 * The whole-word occurrences of `word` (a /giu RegExp of the escaped word) in `text`: exactly the
 * matches of /(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])/giu, in order. That pattern tested its
 * lookbehind at every position of every sentence and took a quarter of the answer time; here each
 * occurrence is found by the plain word and kept when no letter or digit touches it, and a
 * rejected one lets the search resume one character later, as the lookbehind pattern would.
 */
export function wholeWordMatches(text: string, word: RegExp): { index: number; match: string }[] {
  const found: { index: number; match: string }[] = [];
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[0].length > 0 && !(at > 0 && touchesWord(codePointBefore(text, at))) && !touchesWord(text.codePointAt(end))) found.push({ index: at, match: m[0] });
    else word.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  }
  return found;
}

/** A title as titles are compared: case and spacing aside. */
const titleKey = (title: string) => title.toLowerCase().replace(/\s+/g, " ").trim();

/** What the engine's caches may hold, in bytes (its tables are bounded by the corpus instead). */
const ACRONYM_CACHE_BYTES = 256 * 1024;
/** Sentences holding both parts of a split compound read to find them side by side: enough for a pair the corpus uses at all. */
const COMPOUND_SAMPLE = 30;
const NAME_WORD_CACHE_BYTES = 1024 * 1024;

/**
 * Every typed value a sentence states: dates first, so a year is never also a count. `dated` is
 * its document's ISO date, which gives "December 4" its year.
 */
export function extractClaims(text: string, dated?: string): Claim[] {
  const dates = findDates(text, dated);
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
  /** Which of the corpus's words it writes as names. */
  names?: NameWordTable;
}

/** The words a question's reader may ask `isNameWord` about, as its key: each word of a text, lower case, without "'s". */
const WORD = /[\p{L}][\p{L}'’-]*/gu;

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
    this.nameWordTable = prepared.names;
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
      family === "dates"
        ? findDates(sentence.text, this.byId.get(sentence.docId)?.date)
        : family === "numbers"
          ? findNumbers(sentence.text, this.family(sentence, "dates"))
          : findNames(sentence.text);
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

  termCounts(sentences: readonly SentenceRef[], asked: readonly string[]): Map<string, number> {
    const slots = new Map<number, number>();
    const named: string[] = [];
    for (const term of asked) {
      const id = this.termTable.numberOf(term);
      if (id !== undefined && !slots.has(id)) slots.set(id, named.push(term) - 1);
    }
    const counts = new Uint32Array(named.length);
    for (const s of sentences) {
      if (this.termTable.countInto(s.id, slots, counts)) continue;
      // Not read yet: read (and kept) now; a sentence too long to keep is counted from its terms.
      const terms = this.terms(s);
      if (this.termTable.countInto(s.id, slots, counts)) continue;
      for (const { term } of terms) {
        const slot = named.indexOf(term);
        if (slot >= 0) counts[slot]!++;
      }
    }
    return new Map(named.map((term, i) => [term, counts[i]!]));
  }

  documentHas(docId: string, term: string): boolean {
    return this.index.documentHas(docId, term);
  }

  previous(sentence: SentenceRef): SentenceRef | undefined {
    if (sentence.position === 0) return undefined;
    const prev = this.index.sentences[sentence.id - 1];
    return prev && prev.docId === sentence.docId ? prev : undefined;
  }

  titleOf(docId: string): string {
    return this.byId.get(docId)?.title ?? "";
  }

  /** Documents by title in lower case (the first of a title), made on first use. */
  private byTitle: ReadonlyMap<string, string> | undefined;

  documentTitled(title: string): string | undefined {
    this.byTitle ??= new Map([...this.byId.values()].reverse().map((d) => [titleKey(d.title), d.id]));
    return this.byTitle.get(titleKey(title));
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
    this.locate(answer);
    answer.tookMs = Math.round((performance.now() - started) * 100) / 100;
    return answer;
  }

  /** Where each document's sentences stand, by sentence text: built per document on first use. */
  private readonly locationsBySentence = new Map<string, Map<string, string>>();

  /**
   * Adds to every citation where its sentence stands in its document ("p. 3", "Pricing › Plans"),
   * for documents whose format has pages or headings. Citations are found by their verbatim
   * sentence, so this works on whatever the answer and report code cite.
   */
  private locate(found: { answers?: readonly { sources: readonly Located[] }[]; withheld?: readonly Located[]; passages?: readonly Located[] }): void {
    const citations = [...(found.answers ?? []).flatMap((a) => a.sources), ...(found.withheld ?? []), ...(found.passages ?? [])];
    for (const c of citations) {
      const doc = this.byId.get(c.id);
      if (!doc?.locations) continue;
      let where = this.locationsBySentence.get(doc.id);
      if (!where) {
        where = new Map();
        for (const [i, text] of doc.sentences.entries()) {
          const shown = formatLocation(doc.locations[i]);
          if (shown && !where.has(text)) where.set(text, shown);
        }
        this.locationsBySentence.set(doc.id, where);
      }
      const location = where.get(c.snippet);
      if (location) c.location = location;
    }
  }

  /** The question as read, and every candidate value with its evidence: for `ask`, training and diagnosis. */
  candidatesFor(question: string): { q: QuestionAnalysis; found: CandidateSearch } {
    const q = analyzeQuestion(this.spellQuestion(question), { isNameWord: (w) => this.isNameWord(w) });
    q.question = question;
    this.correctSpelling(q);
    // "what's the 401k match": a noun the lexicon cannot type, that the documents state as an amount;
    // "how much notice": one they state as a period.
    q.answerType = corpusKind(q, this) ?? q.answerType;
    return { q, found: findCandidates(q, this) };
  }

  /** The answers the core gives a question and whether they disagree, without the rest of an Answer: for the disagreement report. */
  rate(question: string): { answers: AnswerValue[]; conflict: boolean; statesRelation: boolean } {
    const { q, found } = this.candidatesFor(question);
    if (q.asksPassages) return { answers: [], conflict: false, statesRelation: false };
    const rated = this.aggregateStories(q, found);
    // A fact its sources word with no relation ("When will Linfield Park…") may be two different
    // events of one subject: a disagreement needs the same subject and the same relation.
    const statesRelation = q.relationTerms.some((t) => !q.hedgeTerms?.includes(t) && !q.titleTerms.includes(t));
    return { answers: rated.answers, conflict: statesRelation && rated.conflict, statesRelation };
  }

  /**
   * Every value the sources state for a question with its confidence, most confident first,
   * whatever the thresholds: what the evidence ranks, for tests and diagnosis.
   */
  rank(question: string): { value: string; normalized: string; confidence: number; sources: string[] }[] {
    const { q, found } = this.candidatesFor(question);
    return rateValues(q.answerType, found.candidates, MODEL, q.asksList).map((r) => ({
      value: r.group.members[0]!.claim.value,
      normalized: r.group.normalized,
      confidence: r.confidence,
      sources: r.group.members.map((m) => m.sentence.docId),
    }));
  }

  /** The answers of the stories that answer (see answer/story-choice.ts). */
  private aggregateStories(q: QuestionAnalysis, found: CandidateSearch): ReturnType<typeof aggregate> {
    const { candidates, rated } = storyCandidates(q, found);
    return aggregate(q.answerType, candidates, (id) => this.byId.get(id), { list: q.asksList, rated });
  }

  private answer(question: string): Answer {
    const { q, found } = this.candidatesFor(question);
    const documentOf = (id: string) => this.byId.get(id);
    // "When was the Palm Beach article published?": the document's own fields answer.
    const field = askedDocumentField(q);
    const fromFields = field ? documentFieldAnswer(q, field, this.documents) : undefined;
    if (fromFields?.length) {
      const answerType = field === "date" ? "date" : field === "author" ? "person" : "organization";
      return { question, status: "answered", conflict: false, answerType, answers: fromFields, warnings: [] };
    }
    // "Why…", "what happened…": no single value answers, whatever values the sentences hold.
    const { answers, conflict } = q.asksPassages ? { answers: [], conflict: false } : this.aggregateStories(q, found);
    const stating = new Set(answers.flatMap((a) => a.sources.map((s) => s.id)));
    const withheld = [...new Map(found.withheld.filter((s) => !stating.has(s.docId)).map((s) => [s.docId, citation(documentOf(s.docId), s)])).values()];
    const passages = answers.length === 0 ? found.passages.map((s) => ({ id: s.docId, title: documentOf(s.docId)?.title ?? s.docId, snippet: s.text })) : [];
    const status = answers.length ? (conflict ? "conflict" : "answered") : passages.length ? "passages" : "not_found";
    const warnings = warningsFor(q.answerType, answers, conflict, withheld);
    if (status === "not_found") warnings.unshift(found.subjectFound ? "The sources speak of this but none states the answer." : "No source speaks of this.");
    const result: Answer = { question, status, conflict, answerType: q.answerType, answers, warnings };
    if (q.asksList) result.list = true;
    if (passages.length) result.passages = passages;
    if (withheld.length) result.withheld = withheld;
    return result;
  }

  /**
   * The question with its misspelled words written as the documents write them ("signd" →
   * "signed", "finalnd" → "Finland"), before it is read: a tagger reads a word that does not
   * exist as a noun, whatever it was meant to be. A word English has is never changed.
   */
  spellQuestion(question: string): string {
    return question.replace(/\p{L}[\p{L}'’-]*/gu, (word) => {
      const w = word.toLowerCase();
      if (w.length < 4 || /['’-]/.test(w) || isEnglishWord(w)) return word;
      const term = normalizeTerm(w);
      if (!term) return word;
      // "attendence" stems as "attendance" does: the term is found, yet the reader would tag a word
      // English does not have. The documents' own spelling, one or two letters off, is read instead.
      if (this.index.has(term)) {
        if (this.isNameWord(w)) return word; // a name the documents write ("Dunmore"), without a search
        const form = this.writtenAs(term, w)?.toLowerCase();
        if (!form || form === w || !isEnglishWord(form) || distance(form, w) > 2) return word;
        return /^\p{Lu}/u.test(word) ? form[0]!.toUpperCase() + form.slice(1) : form;
      }
      const fixed = this.index.correct(term);
      return fixed === term ? word : (this.writtenAs(fixed, w) ?? word);
    });
  }

  /**
   * The word the documents write for an index term that is closest to a misspelling of it
   * ("signd" → "signed", not "sign"), if any sentence holds the term.
   */
  private writtenAs(term: string, misspelled: string): string | undefined {
    const forms = new Set<string>();
    for (const s of this.index.sentencesWith(term, 10))
      for (const tok of s.text.match(/\p{L}[\p{L}'’]*/gu) ?? []) if (normalizeTerm(tok.toLowerCase()) === term) forms.add(tok);
    const endsAlike = (f: string) => {
      let n = 0;
      while (n < f.length && n < misspelled.length && f.at(-1 - n)!.toLowerCase() === misspelled.at(-1 - n)) n++;
      return n;
    };
    return [...forms].sort((a, b) => distance(a.toLowerCase(), misspelled) - distance(b.toLowerCase(), misspelled) || endsAlike(b) - endsAlike(a))[0];
  }

  /** How the corpus writes each word asked about: mostly capitalized inside sentences, or not. */
  private readonly nameWords = new BoundedCache<string, boolean>(NAME_WORD_CACHE_BYTES, (k) => stringBytes(k.length));

  /**
   * True when the corpus writes a word as a name: capitalized in most of the places it stands
   * inside a sentence ("finland" → Finland, "dunmore" → Dunmore; "memo" stays a word). People
   * type questions in lower case; the documents say which words are names.
   */
  isNameWord(word: string): boolean {
    const key = word.toLowerCase();
    return this.nameWordTable?.get(key) ?? this.nameWords.remember(key, () => this.writesAsName(key));
  }

  /** Which of the corpus's words it writes as names: from the background preparation, or a snapshot. */
  private nameWordTable?: NameWordTable;

  /** `isNameWord` of a lower-case word, from the sentences. */
  private writesAsName(key: string): boolean {
    // The index closes hyphenated words ("asante-boateng" → "asanteboateng").
    const term = normalizeTerm(key.replace(/-/g, ""));
    if (!term || !this.index.has(term) || key.length < 2) return false;
    const pattern = new RegExp(key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
    let upper = 0;
    let lower = 0;
    let capitals = 0;
    for (const s of this.index.sentencesWith(term, NAME_EVIDENCE)) {
      const text = s.text; // decoded from the snapshot's bytes at each read
      for (const m of wholeWordMatches(text, pattern)) {
        const at = m.index;
        // The first word of a sentence is capitalized whatever it is.
        if (at === 0 || /[.!?:"“]\s*$/.test(text.slice(Math.max(0, at - 3), at))) continue;
        if (/^\p{Lu}/u.test(m.match)) upper++;
        else lower++;
        if (m.match.length > 1 && m.match === m.match.toUpperCase()) capitals++;
      }
    }
    // "CEO", "HQ": an English word written in capitals is an abbreviation of a common noun, not a name.
    if (capitals > upper / 2 && isEnglishWord(key)) return false;
    return upper > 0 && upper >= NAME_SHARE * (upper + lower);
  }

  /**
   * The words of the corpus's sentences that `isNameWord` could be asked about (those of an index
   * term), each once, lower case.
   */
  private corpusWords(): Set<string> {
    const words = new Set<string>();
    const seen = new Set<string>();
    for (const sentence of this.index.sentences)
      for (const m of sentence.text.matchAll(WORD)) {
        const key = m[0].replace(/['’]s$/, "").toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const term = key.length >= 2 ? normalizeTerm(key.replace(/-/g, "")) : null;
        if (term && this.index.has(term)) words.add(key);
      }
    return words;
  }

  /** The name-word table of every corpus word (for `prepare` and `extractAll`). */
  private buildNameWords(): NameWordTable {
    return NameWordTable.build(this.corpusWords(), (w) => this.writesAsName(w));
  }

  /**
   * Replaces misspelled question terms by the index's spelling ("signd" → "sign", "finalnd" →
   * "finland"); each keeps its place among the subject or relation words.
   */
  correctSpelling(q: QuestionAnalysis): void {
    // A word English has ("exit") is one the documents do not use, not a misspelling of one they do ("exist").
    const english = new Set<string>();
    for (const w of rawTokens(q.question)) {
      const t = normalizeTerm(w.replace(/-/g, ""));
      if (t && isEnglishWord(w)) english.add(t);
    }
    const correct = (t: string) => (english.has(t) ? t : this.index.correct(t));
    q.subjectTerms = [...new Set(q.subjectTerms.map(correct))];
    if (q.headTerm) q.headTerm = correct(q.headTerm);
    q.relationTerms = [...new Set(q.relationTerms.map(correct))].filter((t) => !q.subjectTerms.includes(t));
    this.useSynonyms(q, english);
    q.spelledOut = acronymSpellings(q, this);
    this.spellOutAcronyms(q);
    this.openCompounds(q);
  }

  /** "the landmine memo" in documents that write "land mines": the question's word is held as its two words. */
  private openCompounds(q: QuestionAnalysis): void {
    for (const w of rawTokens(q.question)) {
      const term = normalizeTerm(w);
      if (!term || this.index.has(term) || !(q.subjectTerms.includes(term) || q.relationTerms.includes(term)) || q.spelledOut?.[term]) continue;
      const adjacent = (first: string, second: string) => {
        const together = new RegExp(`\\b${first}[\\s-]+${second}`, "i");
        return this.index.find([normalizeTerm(first)!, normalizeTerm(second)!], COMPOUND_SAMPLE).some((h) => together.test(h.sentence.text));
      };
      const open = openSpelling(w, (t) => this.index.has(t), adjacent);
      if (open) (q.spelledOut ??= {})[term] = open;
    }
  }

  /**
   * A subject noun no document uses may be one they say otherwise: "the new HQ" in documents that
   * write "headquarters". It stands for the first word of its first sense that they do use.
   */
  private useSynonyms(q: QuestionAnalysis, english: ReadonlySet<string>): void {
    for (const w of rawTokens(q.question)) {
      const term = normalizeTerm(w);
      if (!term || !english.has(term) || this.index.has(term) || !q.subjectTerms.includes(term) || q.nameTerms.includes(term)) continue;
      const other = mutualNounSynonymsOf(w).map((s) => normalizeTerm(s)).find((t): t is string => !!t && this.index.has(t));
      if (!other) continue;
      q.subjectTerms = [...new Set(q.subjectTerms.map((t) => (t === term ? other : t)))];
      if (q.headTerm === term) q.headTerm = other;
    }
  }

  /**
   * An acronym no source uses ("YHSS") stands for the name a document opens with whose initials
   * spell it ("Yangchenphug Higher Secondary School"): the question asks about that name.
   */
  private spellOutAcronyms(q: QuestionAnalysis): void {
    for (const acronym of q.acronyms) {
      const term = normalizeTerm(acronym);
      if (!term || this.index.has(term) || !q.subjectTerms.includes(term) || q.spelledOut?.[term]) continue;
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
   * Extracts every sentence's values, tells which of its words are names and builds the
   * disagreement report in the background, in slices of a few milliseconds so questions are never
   * held up, until answers need no more extraction at all. Corpora above `maxSentences` are left to a background worker instead
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
    if (!this.nameWordTable) {
      const words = this.corpusWords();
      const names = new Set<string>();
      for (const word of words) {
        if (signal?.aborted) return false;
        if (this.writesAsName(word)) names.add(word);
        if (performance.now() - sliceStart > sliceMs) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
      this.nameWordTable = NameWordTable.build(words, (w) => names.has(w));
    }
    this.disagreementReport();
    return true;
  }

  /** Extracts every sentence's values (and tells which words are names) at once: for a worker, where nothing waits on it. */
  extractAll(): void {
    for (const sentence of this.index.sentences) {
      this.claims(sentence);
      this.terms(sentence);
    }
    this.nameWordTable ??= this.buildNameWords();
  }

  /** True when every sentence's values are extracted, its name words told and the disagreement report built. */
  get prepared(): boolean {
    return this.claimTable.complete && this.termTable.complete && this.disagreements !== undefined && this.nameWordTable !== undefined;
  }

  /** What a snapshot keeps besides the index: the values extracted so far, and the report once built. */
  preparedParts(): PreparedParts {
    return { claims: this.claimTable, terms: this.termTable, disagreements: this.disagreements, names: this.nameWordTable };
  }

  /** Takes over what a background preparation computed (values of every sentence, the report). */
  adopt(parts: PreparedParts): void {
    if (parts.claims?.complete && parts.claims.sentences === this.index.sentences.length) this.claimTable = parts.claims;
    if (parts.terms?.complete && parts.terms.sentences === this.index.sentences.length) this.termTable = parts.terms;
    this.disagreements ??= parts.disagreements;
    this.nameWordTable ??= parts.names;
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
      author: d.author,
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
    if (!this.disagreements) {
      this.disagreements = buildReport(this, this.documents);
      for (const item of this.disagreements.conflicts) this.locate(item);
    }
    return this.disagreements;
  }
}
