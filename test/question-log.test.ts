/**
 * The question log on real SQLite in a temporary folder: what a row holds, votes (one per person,
 * changeable), retention, and the failures that must never stop the bot — a damaged file, a full
 * disk, a read-only folder — and a process killed in the middle of a burst of writes.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import Database from "better-sqlite3";
import { createLogger } from "../src/log.js";
import { DATABASE_FILE } from "../src/storage/database.js";
import { SCHEMA_VERSION } from "../src/storage/migrations.js";
import { QuestionLog, type QuestionLogOptions } from "../src/storage/question-log.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { memoConflict, notFound } from "./fixtures/answers.js";

const root = mkdtempSync(join(tmpdir(), "crosscheck-log-"));
after(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => join(root, `data-${++folders}`);

/** A logger whose lines the test reads back. */
function captured(): { logger: ReturnType<typeof createLogger>; lines: { level: number; msg: string; code?: string }[] } {
  const lines: { level: number; msg: string; code?: string }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  return { logger: createLogger({ level: "info", pretty: false, destination }), lines };
}

const WARN = 40;
const DAY_MS = 24 * 60 * 60 * 1000;

function open(options: Partial<QuestionLogOptions> = {}) {
  const { logger, lines } = captured();
  const questionLog = QuestionLog.open({ dir: options.dir ?? freshDir(), retentionDays: 90, logger, ...options });
  return { questionLog, warnings: () => lines.filter((l) => l.level === WARN), lines };
}

describe("the question log", () => {
  it("creates its folder and file on first use, in WAL mode at the current schema, and logs an answer with every field", () => {
    const dir = join(freshDir(), "nested");
    const { questionLog } = open({ dir });
    assert.ok(questionLog.available);
    const id = questionLog.record({ platform: "slack", workspaceId: "T1", channelId: "C1", userId: "U1", answer: memoConflict(), tookMs: 12.5, corpus: "abc123" });
    assert.match(id ?? "", /^[\w-]{12}$/);
    questionLog.flush();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const row = db.prepare("SELECT * FROM answers").get() as Record<string, unknown>;
    assert.deepEqual(
      { ...row, asked_at: typeof row.asked_at, answer: undefined },
      { id, asked_at: "number", platform: "slack", workspace_id: "T1", channel_id: "C1", user_id: "U1", question: "when was the memo signed", status: "conflict", answer_type: "date", took_ms: 12.5, corpus: "abc123", answer: undefined },
    );
    assert.deepEqual(JSON.parse(row.answer as string), memoConflict(), "the whole Answer, confidence included");
    const cited = db.prepare("SELECT value, source_id, source_confidence FROM cited_sources ORDER BY value_rank").all();
    assert.deepEqual(cited, [
      { value: "December 2, 2025", source_id: "003_1f58ea47367c2ee6", source_confidence: 0.62 },
      { value: "January 15, 2025", source_id: "004_16e8bccd99b2617a", source_confidence: 0.58 },
    ]);
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(db.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    db.close();
    questionLog.close();
  });

  it("writes after the caller's turn: record only queues, so an answer is never held up", async () => {
    const { questionLog } = open();
    const id = questionLog.record({ platform: "terminal", answer: notFound("who won the cup") })!;
    const count = () => (questionLog.database!.prepare("SELECT count(*) AS n FROM answers").get() as { n: number }).n;
    assert.equal(count(), 0, "nothing written during the answer's turn");
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(count(), 1, "written just after");
    assert.equal(questionLog.find(id)?.answer.question, "who won the cup");
    questionLog.close();
  });

  it("keeps one vote per person per answer: a second click changes it, and Right drops the blamed source", () => {
    const { questionLog } = open();
    const id = questionLog.record({ platform: "discord", answer: memoConflict() })!;
    assert.deepEqual(questionLog.vote(id, "discord:1", "wrong"), { ok: true, tally: { right: 0, wrong: 1 } });
    assert.deepEqual(questionLog.vote(id, "discord:1", "wrong"), { ok: true, tally: { right: 0, wrong: 1 } }, "the same click twice is one vote");
    assert.deepEqual(questionLog.vote(id, "slack:U2", "right"), { ok: true, tally: { right: 1, wrong: 1 } });
    assert.deepEqual(questionLog.blame(id, "discord:1", { sourceId: "004_16e8bccd99b2617a" }), { ok: true, tally: { right: 1, wrong: 1 } });
    const votes = () => questionLog.database!.prepare("SELECT voter, verdict, blamed_source, not_in_sources FROM votes ORDER BY voter").all();
    assert.deepEqual(votes(), [
      { voter: "discord:1", verdict: "wrong", blamed_source: "004_16e8bccd99b2617a", not_in_sources: 0 },
      { voter: "slack:U2", verdict: "right", blamed_source: null, not_in_sources: 0 },
    ]);
    assert.deepEqual(questionLog.vote(id, "discord:1", "right"), { ok: true, tally: { right: 2, wrong: 0 } }, "changed, not added");
    assert.deepEqual(votes()[0], { voter: "discord:1", verdict: "right", blamed_source: null, not_in_sources: 0 });
    assert.deepEqual(questionLog.blame(id, "slack:U2", { notInSources: true }), { ok: true, tally: { right: 1, wrong: 1 } }, "blaming makes a wrong vote");
    assert.deepEqual(questionLog.vote("no-such-answer", "slack:U2", "right"), { ok: false, reason: "unknown" });
    questionLog.close();
  });

  it("purges answers and their votes past the retention period, at start and daily", () => {
    let now = Date.UTC(2026, 0, 1);
    const dir = freshDir();
    const first = open({ dir, retentionDays: 30, now: () => now });
    const old = first.questionLog.record({ platform: "terminal", answer: notFound("an old question") })!;
    first.questionLog.vote(old, "slack:U1", "wrong");
    now += 20 * DAY_MS;
    const recent = first.questionLog.record({ platform: "terminal", answer: notFound("a recent question") })!;
    now += 15 * DAY_MS;
    assert.equal(first.questionLog.purge(), 1);
    assert.equal(first.questionLog.find(old), undefined);
    assert.ok(first.questionLog.find(recent));
    assert.equal((first.questionLog.database!.prepare("SELECT count(*) AS n FROM votes").get() as { n: number }).n, 0, "its votes went with it");
    first.questionLog.close();
    // Opening purges too: a bot restarted after a long stop does not wait a day.
    now += 20 * DAY_MS;
    const second = open({ dir, retentionDays: 30, now: () => now });
    assert.equal(second.questionLog.find(recent), undefined);
    second.questionLog.close();
  });

  it("moves a damaged file aside (never deletes it), says so once, and goes on logging in a new one", () => {
    const dir = freshDir();
    mkdirSync(dir);
    const garbage = "this is not a database ".repeat(500);
    writeFileSync(join(dir, DATABASE_FILE), garbage);
    const { questionLog, warnings } = open({ dir });
    assert.ok(questionLog.available);
    const aside = readdirSync(dir).filter((f) => f.startsWith(`${DATABASE_FILE}.damaged-`));
    assert.equal(aside.length, 1, readdirSync(dir).join(", "));
    assert.equal(readFileSync(join(dir, aside[0]!), "utf8"), garbage, "kept as it was");
    assert.equal(warnings().length, 1);
    assert.match(warnings()[0]!.msg, /damaged.*moved aside/);
    const id = questionLog.record({ platform: "terminal", answer: notFound("still logging?") })!;
    assert.equal(questionLog.find(id)?.answer.question, "still logging?");
    questionLog.close();
  });

  it("a full disk: answers go on (ids still given), the failure is logged once, and logging resumes when there is room", () => {
    const { questionLog, warnings, lines } = open();
    const db = questionLog.database!;
    // SQLite's own page cap makes every further write fail with SQLITE_FULL, as a full disk does.
    const pages = db.pragma("page_count", { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const big = memoConflict("x".repeat(400));
    for (let i = 0; i < 20; i++) {
      assert.ok(questionLog.record({ platform: "terminal", answer: big }));
      questionLog.flush();
    }
    assert.equal(warnings().length, 1, JSON.stringify(warnings()));
    assert.equal(warnings()[0]!.code, "SQLITE_FULL");
    db.pragma("max_page_count = 1073741823");
    const id = questionLog.record({ platform: "terminal", answer: notFound("room again") })!;
    questionLog.flush();
    assert.ok(questionLog.find(id));
    assert.ok(lines.some((l) => /written again/.test(l.msg)));
    questionLog.close();
  });

  it("refuses to touch a log written by a newer crosscheck, and says so", () => {
    const dir = freshDir();
    mkdirSync(dir);
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const { questionLog, warnings } = open({ dir });
    assert.equal(questionLog.available, false);
    assert.equal(questionLog.record({ platform: "terminal", answer: notFound("q") }), undefined, "no id, so no feedback buttons");
    assert.equal(warnings().length, 1);
    assert.equal(readdirSync(dir).filter((f) => f.includes("damaged")).length, 0, "a newer file is not damaged");
  });
});

/** Runs the test's child script (test/fixtures/log-child.ts) with Node and tsx. */
function child(args: string[], options: { dropFilePermissionOverride?: boolean } = {}) {
  const node = [process.execPath, "--import", "tsx", join(PROJECT_ROOT, "test", "fixtures", "log-child.ts"), ...args];
  // root ignores file permissions; without CAP_DAC_OVERRIDE it meets them like anyone else.
  const command = options.dropFilePermissionOverride ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", ...node] : node;
  return spawn(command[0]!, command.slice(1), { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

describe("the question log in a real process", { timeout: 60_000 }, () => {
  it("keeps every committed answer when the process is killed (SIGKILL) in the middle of a burst of writes", async () => {
    const dir = freshDir();
    const writer = child(["burst", dir]);
    let committed = 0;
    let stderr = "";
    writer.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    await new Promise<void>((resolve, reject) => {
      let buffered = "";
      writer.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) committed = Number(line);
        // Killed well into the burst, while it keeps writing.
        if (committed >= 400) {
          writer.kill("SIGKILL");
          resolve();
        }
      });
      writer.on("exit", (code) => (committed < 400 ? reject(new Error(`the writer exited early (${code}): ${stderr}`)) : undefined));
    });
    await new Promise((resolve) => writer.once("exit", resolve));
    assert.equal(writer.signalCode, "SIGKILL");
    const db = new Database(join(dir, DATABASE_FILE));
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const { n } = db.prepare("SELECT count(*) AS n FROM answers").get() as { n: number };
    assert.ok(n >= committed, `${n} rows, ${committed} reported committed`);
    for (const row of db.prepare("SELECT answer FROM answers").all() as { answer: string }[]) assert.equal((JSON.parse(row.answer) as { status: string }).status, "conflict");
    db.close();
  });

  it("a read-only DATA_DIR: the bot answers, says once that nothing is logged, and shows no feedback buttons", async () => {
    const dir = freshDir();
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    const asRoot = process.getuid?.() === 0;
    const run = child(["readonly", dir], { dropFilePermissionOverride: asRoot });
    let stdout = "";
    run.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    let stderr = "";
    run.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const [code] = (await once(run, "exit")) as [number | null];
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout) as { available: boolean; replies: string[]; answerIds: (string | null)[]; warnings: { msg: string; code: string }[] };
    assert.equal(report.available, false);
    assert.equal(report.replies.length, 3);
    for (const reply of report.replies) assert.match(reply, /Sources disagree[\s\S]*December 2, 2025/);
    assert.deepEqual(report.answerIds, [null, null, null], "no answer id, so no buttons");
    assert.equal(report.warnings.length, 1, JSON.stringify(report.warnings));
    assert.match(report.warnings[0]!.code, /EACCES|EROFS|SQLITE_CANTOPEN|SQLITE_READONLY/);
    assert.deepEqual(readdirSync(dir), [], "nothing written");
  });
});
