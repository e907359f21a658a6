/**
 * The question log's schema, as numbered steps. The database's `user_version` says which steps
 * it has; `migrate` runs the missing ones in one transaction at start, so a crash mid-way leaves
 * the old schema whole. A step, once released, is never edited: a change is a new step.
 */
import type { Database } from "better-sqlite3";

export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      -- One row per answer given in a chat. Times are Unix milliseconds.
      CREATE TABLE answers (
        id TEXT PRIMARY KEY,          -- random; carried by the feedback buttons
        asked_at INTEGER NOT NULL,
        platform TEXT NOT NULL,       -- slack, discord or terminal
        workspace_id TEXT,            -- Slack team or Discord guild; NULL in the terminal and in Discord DMs
        channel_id TEXT,
        user_id TEXT,                 -- the asker's id on that platform
        question TEXT NOT NULL,
        status TEXT NOT NULL,         -- answered, conflict, passages, not_found, error
        answer_type TEXT NOT NULL,
        took_ms REAL,
        corpus TEXT,                  -- fingerprint of the corpus the answer came from
        answer TEXT NOT NULL          -- the Answer as JSON (shared/CONTRACT.md): values, sources, confidence, passages
      ) STRICT;
      CREATE INDEX answers_by_time ON answers (asked_at);
      CREATE INDEX answers_by_status ON answers (status, asked_at);

      -- One vote per person per answer; a second click replaces the first.
      CREATE TABLE votes (
        answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        voter TEXT NOT NULL,          -- platform:user id
        verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong')),
        blamed_source TEXT,           -- with 'wrong': the source id the voter says is wrong
        not_in_sources INTEGER NOT NULL DEFAULT 0 CHECK (not_in_sources IN (0, 1)),
        voted_at INTEGER NOT NULL,
        PRIMARY KEY (answer_id, voter),
        CHECK (verdict = 'wrong' OR (blamed_source IS NULL AND not_in_sources = 0))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX votes_by_time ON votes (voted_at);

      -- Every source an answer cites, one row per value and source, for reports and ad-hoc queries.
      CREATE VIEW cited_sources AS
        SELECT a.id AS answer_id,
               CAST(v.key AS INTEGER) AS value_rank,
               json_extract(v.value, '$.value') AS value,
               json_extract(v.value, '$.normalized') AS normalized,
               json_extract(v.value, '$.confidence') AS value_confidence,
               coalesce(json_extract(v.value, '$.alsoMentioned'), 0) AS also_mentioned,
               json_extract(s.value, '$.id') AS source_id,
               json_extract(s.value, '$.title') AS title,
               json_extract(s.value, '$.confidence') AS source_confidence
        FROM answers a, json_each(a.answer, '$.answers') v, json_each(v.value, '$.sources') s;
    `,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** The database was written by a newer crosscheck: this one must not touch it. */
export class NewerSchemaError extends Error {}

/** Brings the schema up to date. Returns the version it started from. */
export function migrate(db: Database): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw new NewerSchemaError(`its schema is version ${current}, newer than this crosscheck's ${SCHEMA_VERSION}`);
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length) {
    db.transaction(() => {
      for (const step of pending) {
        db.exec(step.sql);
        db.pragma(`user_version = ${step.version}`);
      }
    }).immediate();
  }
  return current;
}
