/**
 * Opening the question log's SQLite file: created on first use, in WAL mode, its schema brought
 * up to date. A file that is not a sound database is moved aside, never deleted, and a new one is
 * begun in its place, so a damaged log costs its history but never the bot.
 */
import Database from "better-sqlite3";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { migrate, SCHEMA_VERSION } from "./migrations.js";

export type { Database as SqliteDatabase } from "better-sqlite3";

/** The log's file name inside DATA_DIR. */
export const DATABASE_FILE = "crosscheck.db";

/**
 * How long a write waits for another process holding the write lock (a second bot on the same
 * folder) before giving up. Kept short: better-sqlite3 waits synchronously, and every chat
 * would wait with it. A write that gives up is tried again later (see question-log.ts).
 */
const BUSY_TIMEOUT_MS = 100;

/** The file holds something, but not a sound SQLite database. */
export class CorruptDatabaseError extends Error {}

/** Whether an error says the file itself is damaged (as opposed to unreachable or full). */
export function isCorruption(err: unknown): boolean {
  if (err instanceof CorruptDatabaseError) return true;
  return err instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(err.code);
}

/** The SQLite or file-system code of an error ("SQLITE_FULL", "EACCES"), for one-line reports. */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : err instanceof Error ? err.message : String(err);
}

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  /** Where a damaged file was moved before a new one was begun. */
  movedAside?: string;
}

/** Settings every connection needs; pragmas are per connection, so this runs at each open. */
function configure(db: Database.Database): void {
  // Only takes effect in a new, empty file: lets retention hand freed pages back to the disk.
  db.pragma("auto_vacuum = INCREMENTAL");
  // WAL: readers (a report) never wait for the writer, and a killed process loses only the
  // transaction it was writing. NORMAL sync is durable against a killed process in WAL mode;
  // only a power cut can lose the last commits, and it saves an fsync on every answer.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
}

/** Opens a file, checks that it is a sound database and migrates it. Closes it again on failure. */
function openChecked(file: string): Database.Database {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    configure(db);
    // quick_check reads every page once (about 40 ms for 10,000 logged answers here) and only at start.
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new CorruptDatabaseError(`quick_check: ${String(check)}`);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Moves a damaged file (and its WAL and shared-memory files) aside; returns the new name. */
function moveAside(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, "-");
  const aside = `${file}.damaged-${stamp}`;
  for (const suffix of ["", "-wal", "-shm"]) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  return aside;
}

/**
 * Opens the log in `dir` (creating the folder and the file when needed). A damaged file is moved
 * aside and a new one begun. Throws when the folder or file cannot be used at all (read-only,
 * missing permissions, a file written by a newer crosscheck).
 */
export function openLogDatabase(dir: string, now = Date.now()): OpenedDatabase {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, DATABASE_FILE);
  try {
    return { db: openChecked(file), file };
  } catch (err) {
    if (!isCorruption(err)) throw err;
    const movedAside = moveAside(file, now);
    return { db: openChecked(file), file, movedAside };
  }
}

/**
 * Opens an existing log for reading only (the report command line): never creates, migrates or
 * moves anything. Throws when there is no log or its schema is not one this code reads.
 */
export function openLogForReading(dir: string): Database.Database {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`the log's schema is version ${version}; this crosscheck reads version ${SCHEMA_VERSION} (start the bot once to update it)`);
  }
  return db;
}
