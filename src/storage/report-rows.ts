/**
 * The rows behind the editors' report, read from the question log for one period. Only reads:
 * the report command line opens the file read-only and runs the same queries.
 */
import type { SqliteDatabase } from "./database.js";

export interface AskedRow {
  question: string;
  status: "not_found" | "passages";
  askedAt: number;
}

/** An answer that someone voted wrong, with its votes. */
export interface WrongRow {
  id: string;
  question: string;
  askedAt: number;
  /** The Answer JSON. */
  answer: string;
  right: number;
  wrong: number;
}

export interface BlameRow {
  answerId: string;
  /** Null for "the answer is not in these sources", or a wrong vote that blamed nothing. */
  sourceId: string | null;
  notInSources: number;
  votes: number;
}

export interface ConflictRow {
  question: string;
  askedAt: number;
  answer: string;
}

export interface DayCountRow {
  /** YYYY-MM-DD, UTC. */
  day: string;
  /** An answer status, or a vote verdict ("right", "wrong"). */
  kind: string;
  count: number;
}

export interface ReportRows {
  unanswered: AskedRow[];
  wrong: WrongRow[];
  blames: BlameRow[];
  conflicts: ConflictRow[];
  answersByDay: DayCountRow[];
  votesByDay: DayCountRow[];
}

/** The rows of a log that holds nothing yet. */
export function noReportRows(): ReportRows {
  return { unanswered: [], wrong: [], blames: [], conflicts: [], answersByDay: [], votesByDay: [] };
}

/** The UTC day of a Unix-millisecond column, as YYYY-MM-DD. */
const dayOf = (column: string) => `strftime('%Y-%m-%d', ${column} / 1000, 'unixepoch')`;

/** Everything the report needs about answers given since `since` (Unix ms). */
export function readReportRows(db: SqliteDatabase, since: number): ReportRows {
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  // Votes are counted for the answers given in the period, whenever they were cast.
  const wrong = all<WrongRow>(
    `SELECT a.id, a.question, a.asked_at AS askedAt, a.answer,
            sum(v.verdict = 'right') AS right, sum(v.verdict = 'wrong') AS wrong
     FROM answers a JOIN votes v ON v.answer_id = a.id
     WHERE a.asked_at >= ? GROUP BY a.id HAVING wrong > 0`,
    since,
  );
  return {
    unanswered: all<AskedRow>("SELECT question, status, asked_at AS askedAt FROM answers WHERE status IN ('not_found', 'passages') AND asked_at >= ?", since),
    wrong,
    blames: all<BlameRow>(
      `SELECT v.answer_id AS answerId, v.blamed_source AS sourceId, v.not_in_sources AS notInSources, count(*) AS votes
       FROM votes v JOIN answers a ON a.id = v.answer_id
       WHERE v.verdict = 'wrong' AND a.asked_at >= ? GROUP BY v.answer_id, v.blamed_source, v.not_in_sources`,
      since,
    ),
    conflicts: all<ConflictRow>("SELECT question, asked_at AS askedAt, answer FROM answers WHERE status = 'conflict' AND asked_at >= ?", since),
    answersByDay: all<DayCountRow>(`SELECT ${dayOf("asked_at")} AS day, status AS kind, count(*) AS count FROM answers WHERE asked_at >= ? GROUP BY day, kind`, since),
    votesByDay: all<DayCountRow>(`SELECT ${dayOf("voted_at")} AS day, verdict AS kind, count(*) AS count FROM votes WHERE voted_at >= ? GROUP BY day, kind`, since),
  };
}
