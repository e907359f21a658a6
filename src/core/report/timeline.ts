/**
 * A source that contradicts itself on how old something is: it dates the start of a measure
 * ("a policy first imposed … in 2023") and elsewhere gives it a length that cannot fit ("reversing
 * a decade-long restriction" on January 15, 2025). Values of different types (a year and a
 * duration) that the fact grouping cannot compare, checked here for measures only: bans,
 * restrictions, policies and the like, the things whose age news reports state.
 */
import type { Claim, ConflictItem, CorpusDocument, SentenceRef } from "../types.js";
import { citation } from "../answer/aggregate.js";
import type { ReportView } from "./context.js";

/** Nouns for one kind of thing: a rule in force. A source calls one measure by several of them. */
const MEASURE = /\b(ban|bans|restriction|restrictions|prohibition|policy|moratorium|embargo|sanctions?|rule|law|treaty)\b/gi;
/** Words that put a date at a measure's start. */
const START = /\b(imposed|introduced|established|enacted|adopted|instituted|in place since|since|began|started|first)\b/i;
/** A length attached to a measure: "a decade-long restriction", "a 10-year ban". */
const LENGTH_OF_MEASURE = /^(?:-long)?\s+(?:[\p{L}-]+\s+)?(ban|bans|restriction|restrictions|prohibition|policy|moratorium|embargo|sanctions?)\b/iu;

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Years in a duration's ISO form (P10Y → 10, P18M → 1.5), or undefined for shorter ones. */
function years(iso: string): number | undefined {
  const m = /^P(\d+(?:\.\d+)?)([YM])$/.exec(iso);
  if (!m) return undefined;
  return m[2] === "Y" ? Number(m[1]) : Number(m[1]) / 12;
}

interface Stated {
  claim: Claim;
  sentence: SentenceRef;
}

/** The elapsed time cannot be the stated length: off by more than half, and by two years at least. */
function incompatible(elapsed: number, length: number): boolean {
  return elapsed >= 0 && Math.abs(elapsed - length) >= 2 && (elapsed < length / 2 || elapsed > length * 2);
}

/** The words from the measure's noun up to its start date, the date left out. */
function startTopic(start: Stated): string {
  const before = start.sentence.text.slice(0, start.claim.start);
  const nouns = [...before.matchAll(MEASURE)];
  const from = nouns.length ? nouns[nouns.length - 1]!.index! : Math.max(0, before.length - 60);
  const words = before.slice(from).trim().split(/\s+/);
  return `${words.slice(-12).join(" ")} …`;
}

/** Contradictions of one document between a measure's start date and its stated length. */
function ofDocument(view: ReportView, doc: CorpusDocument, sentences: readonly SentenceRef[]): ConflictItem[] {
  const starts: Stated[] = [];
  const lengths: (Stated & { reference: number; wording: string })[] = [];
  for (const s of sentences) {
    const claims = view.claims(s);
    // Only dates with a year can say how long ago something began ("--12-04" has none).
    const dates = claims.filter((c) => c.type === "date" && /^\d{4}/.test(c.normalized));
    for (const c of dates) {
      const lead = s.text.slice(Math.max(0, c.start - 80), c.start);
      if (START.test(lead) && new RegExp(MEASURE.source, "i").test(lead)) starts.push({ claim: c, sentence: s });
    }
    for (const c of claims) {
      const measure = LENGTH_OF_MEASURE.exec(s.text.slice(c.end));
      if (c.type !== "duration" || !measure) continue;
      // The length runs up to the time the sentence speaks of, or the article's date.
      const reference = dates.length ? Math.max(...dates.map((d) => yearOf(d.normalized))) : doc.date ? yearOf(doc.date) : undefined;
      if (reference) lengths.push({ claim: c, sentence: s, reference, wording: `${c.value}${measure[0].replace(/\s+/g, " ")}` });
    }
  }
  const items: ConflictItem[] = [];
  for (const start of starts)
    for (const length of lengths) {
      const span = years(length.claim.normalized);
      if (span === undefined || length.sentence === start.sentence) continue;
      if (!incompatible(length.reference - yearOf(start.claim.normalized), span)) continue;
      items.push({
        topic: startTopic(start),
        answerType: "date",
        answers: [
          { value: start.claim.value, normalized: start.claim.normalized, sources: [citation(doc, start.sentence)] },
          {
            value: `${length.wording} by ${length.reference}`,
            normalized: String(Math.round(length.reference - span)),
            sources: [citation(doc, length.sentence)],
          },
        ],
        selfContradiction: true,
      });
    }
  return items;
}

/** Every source that dates a measure's start and gives it a length that cannot both be true. */
export function timelineContradictions(view: ReportView, documents: readonly CorpusDocument[]): ConflictItem[] {
  const byDoc = new Map<string, SentenceRef[]>();
  for (const s of view.index.sentences) {
    let list = byDoc.get(s.docId);
    if (!list) byDoc.set(s.docId, (list = []));
    list.push(s);
  }
  return documents.flatMap((d) => ofDocument(view, d, byDoc.get(d.id) ?? []));
}
