/**
 * The editors' report: what people asked over a period and what they made of the answers, for
 * the people who keep the documents. Four parts: the questions the documents could not answer
 * (`not_found`, or only `passages`), grouped by their subject words so that rewordings count
 * together; the answers voted wrong, with the sources blamed; the disagreements people ran into
 * most; and counts by day (UTC).
 */
import type { Answer, AnswerStatus, AnswerType } from "../core/types.js";
import { termsOf } from "../core/search/terms.js";
import type { SqliteDatabase } from "../storage/database.js";
import { readReportRows, type ReportRows } from "../storage/report-rows.js";

/** Questions the documents could not answer, asked in different words about the same subject. */
export interface UnansweredGroup {
  /** The subject words the questions share, as the search normalizes them ("memo", "sign"). */
  terms: string[];
  /** The wording asked most often (the latest among equals). */
  question: string;
  times: number;
  notFound: number;
  passages: number;
  /** How many different wordings were asked. */
  wordings: number;
  lastAsked: string;
}

/** Answers to one question, given the same way, that people voted wrong. */
export interface WrongAnswerGroup {
  question: string;
  status: AnswerStatus;
  /** The values the answer gave, strongest first (none for not found or passages). */
  values: string[];
  wrong: number;
  right: number;
  /** How many logged answers the group holds. */
  answers: number;
  /** Sources blamed by wrong votes, most blamed first. */
  blamed: { sourceId: string; title: string; votes: number }[];
  /** Wrong votes saying "the answer is not in these sources". */
  notInSources: number;
  lastAsked: string;
}

/** One disagreement between sources, as often as people ran into it. */
export interface DisagreementGroup {
  answerType: AnswerType;
  values: { value: string; normalized: string; sources: { id: string; title: string }[] }[];
  times: number;
  /** The question that ran into it most often. */
  question: string;
  lastAsked: string;
}

export interface DayCounts {
  /** YYYY-MM-DD (UTC). */
  day: string;
  questions: number;
  answered: number;
  conflict: number;
  passages: number;
  notFound: number;
  errors: number;
  right: number;
  wrong: number;
}

export type Totals = Omit<DayCounts, "day">;

export interface EditorReport {
  days: number;
  /** ISO times bounding the period. */
  since: string;
  until: string;
  totals: Totals;
  unanswered: UnansweredGroup[];
  votedWrong: WrongAnswerGroup[];
  disagreements: DisagreementGroup[];
  /** Days with any question or vote, newest first. */
  byDay: DayCounts[];
  /** Groups past the list limit, left out of each list. */
  omitted: { unanswered: number; votedWrong: number; disagreements: number };
}

/** The default period of a report, and the longest asked for (ten years). */
export const DEFAULT_REPORT_DAYS = 7;
export const MAX_REPORT_DAYS = 3650;
/** Items kept per list: what one chat message can show, and the top of any list is what matters. */
const LIST_LIMIT = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

const iso = (ms: number) => new Date(ms).toISOString();

/** The subject of a question: its index terms, in a fixed order; the whole text when it has none. */
export function subjectKey(question: string): string[] {
  const terms = termsOf(question).sort();
  return terms.length ? terms : [question.trim().toLowerCase()];
}

/** Counts wordings and keeps the most asked (latest among equals). */
class Wordings {
  private readonly counts = new Map<string, { text: string; times: number; last: number }>();
  add(text: string, at: number): void {
    const key = text.trim().replace(/\s+/g, " ").toLowerCase();
    const entry = this.counts.get(key) ?? { text: text.trim(), times: 0, last: 0 };
    entry.times++;
    if (at >= entry.last) Object.assign(entry, { text: text.trim(), last: at });
    this.counts.set(key, entry);
  }
  get size(): number {
    return this.counts.size;
  }
  top(): string {
    return [...this.counts.values()].sort((a, b) => b.times - a.times || b.last - a.last)[0]?.text ?? "";
  }
}

function parseAnswer(json: string): Answer | undefined {
  try {
    return JSON.parse(json) as Answer;
  } catch {
    return undefined;
  }
}

/** The values an answer states as its answer (not the weaker "also mentioned" ones). */
const mainValues = (answer: Answer) => answer.answers.filter((a) => !a.alsoMentioned);

/** Most first, then most recent; the first `LIST_LIMIT`. */
function top<T extends { lastAsked: string }>(items: T[], weight: (item: T) => number): T[] {
  return items.sort((a, b) => weight(b) - weight(a) || b.lastAsked.localeCompare(a.lastAsked)).slice(0, LIST_LIMIT);
}

function unanswered(rows: ReportRows): UnansweredGroup[] {
  const groups = new Map<string, { terms: string[]; wordings: Wordings; notFound: number; passages: number; last: number }>();
  for (const row of rows.unanswered) {
    const terms = subjectKey(row.question);
    const key = terms.join(" ");
    const group = groups.get(key) ?? { terms, wordings: new Wordings(), notFound: 0, passages: 0, last: 0 };
    group.wordings.add(row.question, row.askedAt);
    if (row.status === "passages") group.passages++;
    else group.notFound++;
    group.last = Math.max(group.last, row.askedAt);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    terms: g.terms,
    question: g.wordings.top(),
    times: g.notFound + g.passages,
    notFound: g.notFound,
    passages: g.passages,
    wordings: g.wordings.size,
    lastAsked: iso(g.last),
  }));
}

function votedWrong(rows: ReportRows): WrongAnswerGroup[] {
  const blamesOf = new Map<string, ReportRows["blames"]>();
  for (const b of rows.blames) blamesOf.set(b.answerId, [...(blamesOf.get(b.answerId) ?? []), b]);
  const groups = new Map<string, WrongAnswerGroup & { wordings: Wordings; blamedBy: Map<string, { sourceId: string; title: string; votes: number }> }>();
  for (const row of rows.wrong) {
    const answer = parseAnswer(row.answer);
    if (!answer) continue;
    const values = mainValues(answer).map((a) => a.value);
    const key = `${subjectKey(row.question).join(" ")}\u0000${answer.status}\u0000${mainValues(answer).map((a) => a.normalized).join("\u0001")}`;
    const group = groups.get(key) ?? { question: "", status: answer.status, values, wrong: 0, right: 0, answers: 0, blamed: [], notInSources: 0, lastAsked: iso(0), wordings: new Wordings(), blamedBy: new Map() };
    group.wordings.add(row.question, row.askedAt);
    group.wrong += row.wrong;
    group.right += row.right;
    group.answers++;
    if (iso(row.askedAt) > group.lastAsked) group.lastAsked = iso(row.askedAt);
    const titles = new Map([...answer.answers.flatMap((a) => a.sources), ...(answer.passages ?? [])].map((s) => [s.id, s.title]));
    for (const b of blamesOf.get(row.id) ?? []) {
      if (b.notInSources) group.notInSources += b.votes;
      else if (b.sourceId !== null) {
        const blamed = group.blamedBy.get(b.sourceId) ?? { sourceId: b.sourceId, title: titles.get(b.sourceId) ?? b.sourceId, votes: 0 };
        blamed.votes += b.votes;
        group.blamedBy.set(b.sourceId, blamed);
      }
    }
    groups.set(key, group);
  }
  return [...groups.values()].map(({ wordings, blamedBy, ...g }) => ({ ...g, question: wordings.top(), blamed: [...blamedBy.values()].sort((a, b) => b.votes - a.votes) }));
}

function disagreements(rows: ReportRows): DisagreementGroup[] {
  const groups = new Map<string, DisagreementGroup & { wordings: Wordings }>();
  for (const row of rows.conflicts) {
    const answer = parseAnswer(row.answer);
    if (!answer) continue;
    const values = mainValues(answer);
    const key = `${answer.answerType}\u0000${values.map((v) => v.normalized).sort().join("\u0001")}`;
    const group = groups.get(key) ?? {
      answerType: answer.answerType,
      values: values.map((v) => ({ value: v.value, normalized: v.normalized, sources: v.sources.map((s) => ({ id: s.id, title: s.title })) })),
      times: 0,
      question: "",
      lastAsked: iso(0),
      wordings: new Wordings(),
    };
    group.times++;
    group.wordings.add(row.question, row.askedAt);
    if (iso(row.askedAt) > group.lastAsked) group.lastAsked = iso(row.askedAt);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ wordings, ...g }) => ({ ...g, question: wordings.top() }));
}

const STATUS_FIELD: Record<string, keyof Totals | undefined> = { answered: "answered", conflict: "conflict", passages: "passages", not_found: "notFound", error: "errors", right: "right", wrong: "wrong" };

function byDay(rows: ReportRows): DayCounts[] {
  const days = new Map<string, DayCounts>();
  const dayOf = (day: string) => days.get(day) ?? days.set(day, { day, questions: 0, answered: 0, conflict: 0, passages: 0, notFound: 0, errors: 0, right: 0, wrong: 0 }).get(day)!;
  for (const row of rows.answersByDay) {
    const counts = dayOf(row.day);
    counts.questions += row.count;
    const field = STATUS_FIELD[row.kind];
    if (field) counts[field] += row.count;
  }
  for (const row of rows.votesByDay) {
    const field = STATUS_FIELD[row.kind];
    if (field) dayOf(row.day)[field] += row.count;
  }
  return [...days.values()].sort((a, b) => b.day.localeCompare(a.day));
}

/** Builds the report from rows already read (see `editorReport` for the database). */
export function buildEditorReport(rows: ReportRows, period: { days: number; now: number }): EditorReport {
  const days = byDay(rows);
  const totals: Totals = { questions: 0, answered: 0, conflict: 0, passages: 0, notFound: 0, errors: 0, right: 0, wrong: 0 };
  for (const d of days) for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] += d[key];
  const lists = { unanswered: unanswered(rows), votedWrong: votedWrong(rows), disagreements: disagreements(rows) };
  return {
    days: period.days,
    since: iso(period.now - period.days * DAY_MS),
    until: iso(period.now),
    totals,
    unanswered: top(lists.unanswered, (g) => g.times),
    votedWrong: top(lists.votedWrong, (g) => g.wrong),
    disagreements: top(lists.disagreements, (g) => g.times),
    byDay: days,
    omitted: {
      unanswered: Math.max(0, lists.unanswered.length - LIST_LIMIT),
      votedWrong: Math.max(0, lists.votedWrong.length - LIST_LIMIT),
      disagreements: Math.max(0, lists.disagreements.length - LIST_LIMIT),
    },
  };
}

/** The report of the last `days` days from a question log's database. */
export function editorReport(db: SqliteDatabase, days: number, now = Date.now()): EditorReport {
  return buildEditorReport(readReportRows(db, now - days * DAY_MS), { days, now });
}
