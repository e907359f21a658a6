/**
 * Questions about the documents themselves, not what they say: "when was the Palm Beach article
 * published", "which outlet ran the Dec 20 story", "who wrote the all-hands summary". A
 * document's own date, outlet and author (its front matter, dateline or format fields) answer
 * them, for the documents the question describes.
 */
import type { AnswerValue, CorpusDocument } from "../types.js";
import type { QuestionAnalysis } from "../question/analyze.js";
import { findDates } from "../extract/dates.js";
import { normalizeTerm, rawTokens, termsOf } from "../search/terms.js";

export type DocumentField = "date" | "outlet" | "author";

/** What people call a document when they ask about it as one. */
const DOCUMENT_WORDS = new Set(["article", "story", "piece", "report", "post", "column", "editorial", "release", "writeup", "summary", "memo", "newsletter", "notice", "update", "document", "doc"]);
/** Nouns that ask for the one who published a document. */
const OUTLET_WORDS = new Set(["outlet", "newspaper", "paper", "publication", "site", "website", "magazine", "network", "station", "channel", "publisher", "wire"]);
/** Verbs of publishing and writing: what is asked of a document's date, outlet or author. */
const PUBLISHING = ["publish", "run", "ran", "print", "post", "release", "write", "wrote", "issue", "send", "sent", "carry"];
let publishingTerms: Set<string> | undefined;
const isPublishing = (term: string) => (publishingTerms ??= new Set(PUBLISHING.map((w) => normalizeTerm(w) ?? w))).has(term);

/**
 * A document is read from its own fields with certainty; what is left unsure is whether the
 * question describes it (a title's words can describe two documents), hence not 1.
 */
const FIELD_CONFIDENCE = 0.95;

/** The document field a question asks for, if it asks about a document as one. */
export function askedDocumentField(q: QuestionAnalysis): DocumentField | undefined {
  const words = rawTokens(q.question);
  if (!words.some((w) => DOCUMENT_WORDS.has(w.replace(/s$/, "")))) return undefined;
  const publishing = q.relationTerms.some(isPublishing);
  if (words.some((w) => OUTLET_WORDS.has(w))) return "outlet";
  // "When did the KPBI piece come out?": a document's only date is when it came out.
  if (q.answerType === "date" && (publishing || q.relationTerms.length === 0)) return "date";
  if (!publishing) return undefined;
  if (q.answerType === "organization") return "outlet";
  if (q.answerType === "person") return "author";
  return undefined;
}

/**
 * The answer from the documents the question describes (by the words of their title, outlet or
 * author, or by their date), or undefined when it describes none or the field is unknown.
 */
export function documentFieldAnswer(q: QuestionAnalysis, field: DocumentField, documents: readonly CorpusDocument[]): AnswerValue[] | undefined {
  const asking = new Set([...DOCUMENT_WORDS, ...OUTLET_WORDS].map((w) => normalizeTerm(w) ?? w));
  const describing = new Set([...q.subjectTerms, ...q.relationTerms].filter((t) => !asking.has(t) && !isPublishing(t)));
  // Questions are often typed in lower case ("the march 10 story"); a month's name is one still.
  const months = q.question.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s+\d)/gi, (m) => m[0]!.toUpperCase() + m.slice(1));
  const asked = findDates(months).map((d) => d.normalized);
  // The question's describing words as typed: a document whose fields hold none of them (checked
  // as text, cheaply) is not lemmatized at all, which matters in an archive of thousands.
  const typed = rawTokens(q.question).filter((w) => describing.has(normalizeTerm(w) ?? ""));
  const fit = (doc: CorpusDocument) => {
    // A file's name describes it too ("office-move-memo").
    const fields = [doc.title, doc.outlet ?? "", doc.author ?? "", doc.id.replace(/[-_]+/g, " ")].join(" ");
    const lower = fields.toLowerCase();
    const own = typed.some((w) => lower.includes(w.slice(0, 4))) ? new Set(termsOf(fields)) : new Set<string>();
    let score = [...describing].filter((t) => own.has(t)).length;
    // "the Dec 20 story": a month and day the document's date ends with.
    if (doc.date && asked.some((d) => doc.date!.endsWith(d.replace(/^-+/, "")))) score += 2;
    return score;
  };
  const scored = documents.filter((d) => d[field]).map((d) => ({ doc: d, score: fit(d) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  // Described by most of the question's words (or its date), not by one word a title happens to use.
  if (best === 0 || best < describing.size / 2) return undefined;
  const answers = new Map<string, AnswerValue>();
  for (const { doc } of scored.filter((s) => s.score === best)) {
    const value = doc[field]!;
    const cite = { id: doc.id, title: doc.title, snippet: sentenceStating(doc, field) ?? doc.sentences[0] ?? doc.title, ...(doc.outlet ? { outlet: doc.outlet } : {}), ...(doc.date ? { date: doc.date } : {}), ...(doc.url ? { url: doc.url } : {}) };
    const held = answers.get(value);
    if (held) held.sources.push(cite);
    else answers.set(value, { value, normalized: value, sources: [cite], confidence: FIELD_CONFIDENCE });
  }
  return [...answers.values()];
}

/** How far into a document its dateline or byline stands, in sentences. */
const HEAD_SENTENCES = 5;

/** The sentence near the document's start that states the field (a dateline, a "From:" line), if any. */
function sentenceStating(doc: CorpusDocument, field: DocumentField): string | undefined {
  const value = doc[field]!;
  return doc.sentences.slice(0, HEAD_SENTENCES).find((s) => (field === "date" ? findDates(s).some((d) => d.normalized === value) : s.toLowerCase().includes(value.toLowerCase())));
}
