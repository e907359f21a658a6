/**
 * The question log: every answer given in a chat and the votes people give it, in one SQLite
 * file (DATA_DIR/crosscheck.db). Nothing here may hold up or break an answer:
 * - `record` only queues and never throws; the write happens just after, once the reply is on
 *   its way, with everything queued meanwhile in one transaction.
 * - When the database cannot be opened or written (a read-only folder, a full disk, a damaged
 *   file) the bot goes on answering, unlogged, and the operator is told once; a damaged file is
 *   moved aside and a new one begun.
 * - A process killed mid-write loses only the transaction being written (WAL).
 */
import { randomBytes } from "node:crypto";
import type { Statement } from "better-sqlite3";
import type { Answer } from "../core/types.js";
import { log as defaultLogger, type Logger } from "../log.js";
import { errorCode, isCorruption, openLogDatabase, type SqliteDatabase } from "./database.js";

/** Where a question was asked and by whom. Ids are the platform's own. */
export interface AnswerOrigin {
  /** "slack", "discord" or "terminal". */
  platform: string;
  /** Slack team or Discord guild. */
  workspaceId?: string;
  channelId?: string;
  userId?: string;
}

/** What is logged of one answer. */
export interface AnswerRecord extends AnswerOrigin {
  answer: Answer;
  /** How long answering took, in milliseconds. */
  tookMs?: number;
  /** Fingerprint of the corpus it was answered from. */
  corpus?: string;
}

export interface LoggedAnswer extends AnswerRecord {
  id: string;
  /** Unix milliseconds. */
  askedAt: number;
}

export type Verdict = "right" | "wrong";

/** Votes on one answer. */
export interface Tally {
  right: number;
  wrong: number;
}

/** What a wrong vote blames: one source, or none of them ("the answer is not in these sources"). */
export type Blame = { sourceId: string } | { notInSources: true };

/** Why a vote was not counted: logging is off or broken, the answer is unknown (or purged), or the write failed. */
export type VoteResult = { ok: true; tally: Tally } | { ok: false; reason: "off" | "unknown" | "failed" };

export interface QuestionLogOptions {
  /** Folder of crosscheck.db (created when missing). */
  dir: string;
  /** Answers older than this many days are purged, at start and then daily. */
  retentionDays: number;
  logger?: Logger;
  /** The clock (tests move it). */
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Answers queued while writes fail or wait are capped: the oldest go first, memory stays bounded. */
const MAX_QUEUE = 1000;
/** How soon a write that found the database locked by another process is tried again. */
const BUSY_RETRY_MS = 1000;

/** A random id for an answer: 12 URL-safe characters (72 bits), short enough for any button id. */
export function newAnswerId(): string {
  return randomBytes(9).toString("base64url");
}

interface Statements {
  insertAnswer: Statement;
  findAnswer: Statement<[string]>;
  hasAnswer: Statement<[string]>;
  upsertVote: Statement;
  upsertBlame: Statement;
  tally: Statement<[string]>;
  purge: Statement<[number]>;
}

function prepare(db: SqliteDatabase): Statements {
  return {
    insertAnswer: db.prepare(`
      INSERT INTO answers (id, asked_at, platform, workspace_id, channel_id, user_id, question, status, answer_type, took_ms, corpus, answer)
      VALUES (@id, @askedAt, @platform, @workspaceId, @channelId, @userId, @question, @status, @answerType, @tookMs, @corpus, @answer)`),
    findAnswer: db.prepare("SELECT * FROM answers WHERE id = ?"),
    hasAnswer: db.prepare("SELECT 1 FROM answers WHERE id = ?"),
    // A second vote by the same person replaces the first; turning 'right' drops any blame.
    upsertVote: db.prepare(`
      INSERT INTO votes (answer_id, voter, verdict, voted_at) VALUES (@answerId, @voter, @verdict, @at)
      ON CONFLICT (answer_id, voter) DO UPDATE SET
        verdict = excluded.verdict,
        voted_at = excluded.voted_at,
        blamed_source = CASE WHEN excluded.verdict = 'wrong' THEN votes.blamed_source END,
        not_in_sources = CASE WHEN excluded.verdict = 'wrong' THEN votes.not_in_sources ELSE 0 END`),
    upsertBlame: db.prepare(`
      INSERT INTO votes (answer_id, voter, verdict, blamed_source, not_in_sources, voted_at)
      VALUES (@answerId, @voter, 'wrong', @sourceId, @notInSources, @at)
      ON CONFLICT (answer_id, voter) DO UPDATE SET
        verdict = 'wrong', blamed_source = excluded.blamed_source, not_in_sources = excluded.not_in_sources, voted_at = excluded.voted_at`),
    tally: db.prepare("SELECT coalesce(sum(verdict = 'right'), 0) AS right, coalesce(sum(verdict = 'wrong'), 0) AS wrong FROM votes WHERE answer_id = ?"),
    purge: db.prepare("DELETE FROM answers WHERE asked_at < ?"),
  };
}

interface AnswerRow {
  id: string;
  asked_at: number;
  platform: string;
  workspace_id: string | null;
  channel_id: string | null;
  user_id: string | null;
  took_ms: number | null;
  corpus: string | null;
  answer: string;
}

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

export class QuestionLog {
  private db?: SqliteDatabase;
  private statements?: Statements;
  private file?: string;
  private queue: LoggedAnswer[] = [];
  private flushScheduled = false;
  private retryTimer?: NodeJS.Timeout;
  private purgeTimer?: NodeJS.Timeout;
  /** Set while writes fail, so that an outage is reported once, and its end once. */
  private failing?: string;
  private readonly logger: Logger;
  private readonly now: () => number;

  private constructor(private readonly options: QuestionLogOptions) {
    this.logger = options.logger ?? defaultLogger;
    this.now = options.now ?? Date.now;
  }

  /**
   * Opens the log, purges what is past retention, and schedules the daily purge. Never throws:
   * when the database cannot be opened the log is unavailable (`available` is false), which is
   * said once, and the bot answers without it.
   */
  static open(options: QuestionLogOptions): QuestionLog {
    const questionLog = new QuestionLog(options);
    questionLog.connect();
    if (questionLog.db) {
      questionLog.purge();
      questionLog.purgeTimer = setInterval(() => questionLog.purge(), DAY_MS).unref();
    }
    return questionLog;
  }

  /** Whether answers are being logged (and so can take votes). */
  get available(): boolean {
    return this.db !== undefined;
  }

  /** The database file, once open. */
  get path(): string | undefined {
    return this.file;
  }

  /** The open database, for read-only queries (the editors' report). */
  get database(): SqliteDatabase | undefined {
    return this.db;
  }

  private connect(): boolean {
    try {
      const { db, file, movedAside } = openLogDatabase(this.options.dir, this.now());
      this.db = db;
      this.file = file;
      this.statements = prepare(db);
      if (movedAside) this.logger.warn({ file, movedAside }, "the question log was damaged: it was moved aside (not deleted) and a new one begun");
      return true;
    } catch (err) {
      this.db = undefined;
      this.logger.warn({ err, dir: this.options.dir, code: errorCode(err) }, "the question log cannot be opened: answers go on, but are not logged and get no feedback buttons");
      return false;
    }
  }

  /**
   * Queues one answer for the log and returns its id, or undefined when the log is unavailable.
   * Cheap and synchronous (no I/O); never throws.
   */
  record(entry: AnswerRecord): string | undefined {
    if (!this.db) return undefined;
    const logged: LoggedAnswer = { ...entry, id: newAnswerId(), askedAt: this.now() };
    this.queue.push(logged);
    if (this.queue.length > MAX_QUEUE) this.queue.splice(0, this.queue.length - MAX_QUEUE);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // After the current turn of the event loop: the reply is sent first.
      setImmediate(() => this.flush());
    }
    return logged.id;
  }

  /** Writes every queued answer now, in one transaction. Never throws. */
  flush(): void {
    this.flushScheduled = false;
    if (!this.queue.length || !this.db) return;
    const batch = this.queue.splice(0);
    const written = this.attempt("write answers", (db, st) =>
      db.transaction(() => {
        for (const a of batch) st.insertAnswer.run(answerParams(a));
      })(),
    );
    if (written === "busy") {
      // Another process holds the write lock: keep the batch (ahead of newer answers) and retry.
      this.queue.unshift(...batch);
      this.queue.splice(0, Math.max(0, this.queue.length - MAX_QUEUE));
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = undefined;
        this.flush();
      }, BUSY_RETRY_MS).unref();
    }
  }

  /** Records a person's vote on an answer (replacing their earlier one) and returns the tally. */
  vote(answerId: string, voter: string, verdict: Verdict): VoteResult {
    return this.changeVote(answerId, (st, at) => st.upsertVote.run({ answerId, voter, verdict, at }));
  }

  /** Records which source a person blames for a wrong answer (a wrong vote, if they had not voted). */
  blame(answerId: string, voter: string, blame: Blame): VoteResult {
    const sourceId = "sourceId" in blame ? blame.sourceId : null;
    return this.changeVote(answerId, (st, at) => st.upsertBlame.run({ answerId, voter, sourceId, notInSources: sourceId === null ? 1 : 0, at }));
  }

  private changeVote(answerId: string, write: (st: Statements, at: number) => unknown): VoteResult {
    if (!this.db) return { ok: false, reason: "off" };
    // The answer may still be queued: write it first, so the vote has something to refer to.
    this.flush();
    const result = this.attempt("record a vote", (db, st) =>
      db.transaction((): VoteResult => {
        if (!st.hasAnswer.get(answerId)) return { ok: false, reason: "unknown" };
        write(st, this.now());
        return { ok: true, tally: st.tally.get(answerId) as Tally };
      })(),
    );
    return typeof result === "object" ? result : { ok: false, reason: "failed" };
  }

  /** The votes on an answer so far. */
  tally(answerId: string): Tally {
    const tally = this.attempt("read votes", (_db, st) => st.tally.get(answerId) as Tally);
    return typeof tally === "object" ? tally : { right: 0, wrong: 0 };
  }

  /** A logged answer, or undefined when it is unknown, purged, or the log is unavailable. */
  find(answerId: string): LoggedAnswer | undefined {
    this.flush();
    const row = this.attempt("read an answer", (_db, st) => st.findAnswer.get(answerId) as AnswerRow | undefined);
    if (typeof row !== "object") return undefined;
    try {
      return {
        id: row.id,
        askedAt: row.asked_at,
        platform: row.platform,
        workspaceId: orUndefined(row.workspace_id),
        channelId: orUndefined(row.channel_id),
        userId: orUndefined(row.user_id),
        tookMs: orUndefined(row.took_ms),
        corpus: orUndefined(row.corpus),
        answer: JSON.parse(row.answer) as Answer,
      };
    } catch {
      return undefined;
    }
  }

  /** Deletes answers (and their votes) older than the retention period. Returns how many. */
  purge(): number {
    const cutoff = this.now() - this.options.retentionDays * DAY_MS;
    const deleted = this.attempt("purge old answers", (db, st) => {
      const { changes } = st.purge.run(cutoff);
      // Hand the freed pages back to the disk (the file was created with incremental auto-vacuum).
      if (changes) db.pragma("incremental_vacuum");
      return changes;
    });
    const count = typeof deleted === "number" ? deleted : 0;
    if (count) this.logger.info({ deleted: count, retentionDays: this.options.retentionDays }, "purged old answers from the question log");
    return count;
  }

  /** Writes what is queued and closes the database. */
  close(): void {
    clearInterval(this.purgeTimer);
    clearTimeout(this.retryTimer);
    this.flush();
    try {
      this.db?.close();
    } catch (err) {
      this.logger.warn({ err }, "the question log did not close cleanly");
    }
    this.db = undefined;
  }

  /** Stoppable, for the shutdown sequence. */
  stop(): void {
    this.close();
  }

  /**
   * Runs database work; on failure reports it once and returns "failed" (or "busy" when another
   * process holds the lock). A damaged file is moved aside, a new one opened, and the work tried
   * once more.
   */
  private attempt<T>(what: string, work: (db: SqliteDatabase, st: Statements) => T): T | "failed" | "busy" {
    for (let reopened = false; ; reopened = true) {
      const { db, statements } = this;
      if (!db || !statements) return "failed";
      try {
        const result = work(db, statements);
        if (this.failing) {
          this.logger.info({ file: this.file }, "the question log is written again");
          this.failing = undefined;
        }
        return result;
      } catch (err) {
        const code = errorCode(err);
        if (code.startsWith("SQLITE_BUSY")) return "busy";
        if (isCorruption(err) && !reopened) {
          this.closeQuietly();
          if (this.connect()) continue;
          return "failed";
        }
        if (this.failing !== code) {
          this.failing = code;
          this.logger.warn({ err, file: this.file, code }, `the question log could not ${what} (${code}): answers go on without being logged`);
        }
        return "failed";
      }
    }
  }

  private closeQuietly(): void {
    try {
      this.db?.close();
    } catch {
      // already unusable: it is being replaced
    }
    this.db = undefined;
  }
}

function answerParams(a: LoggedAnswer): Record<string, unknown> {
  return {
    id: a.id,
    askedAt: a.askedAt,
    platform: a.platform,
    workspaceId: a.workspaceId ?? null,
    channelId: a.channelId ?? null,
    userId: a.userId ?? null,
    question: a.answer.question,
    status: a.answer.status,
    answerType: a.answer.answerType,
    tookMs: a.tookMs ?? null,
    corpus: a.corpus ?? null,
    answer: JSON.stringify(a.answer),
  };
}
