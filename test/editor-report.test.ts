/**
 * The editors' report over a real question log: questions not answered grouped by their subject
 * words (most asked first), answers voted wrong with the sources blamed, disagreements run into,
 * counts by day; `/report` only for editors; `npm run report` in text and JSON; and the chat
 * renderings within Slack's and Discord's limits however long the report.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../src/log.js";
import { QuestionLog } from "../src/storage/question-log.js";
import { buildEditorReport, editorReport, subjectKey, type EditorReport } from "../src/feedback/report.js";
import { dispatch } from "../src/adapters/dispatch.js";
import { renderSlack } from "../src/adapters/slack/render.js";
import { renderEmbed } from "../src/adapters/discord/render.js";
import { EMBED_LIMITS } from "../src/adapters/discord/fit.js";
import { PROJECT_ROOT } from "../src/paths.js";
import type { CommandContext } from "../commands/index.js";
import type { QueryEngine } from "../src/core/engine.js";
import { EditorList } from "../src/runtime/editors.js";
import { memoConflict, notFound, passages, signer } from "./fixtures/answers.js";

const root = mkdtempSync(join(tmpdir(), "crosscheck-report-"));
after(() => rmSync(root, { recursive: true, force: true }));

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 12);

/** A log with a week of questions and votes, written through the real store. */
function seededLog(dir: string): QuestionLog {
  let now = NOW - 3 * DAY_MS;
  const questionLog = QuestionLog.open({ dir, retentionDays: 90, logger: createLogger({ level: "silent" }), now: () => now });
  const ask = (answer: ReturnType<typeof notFound>) => {
    now += 1000; // a second apart: among equals, the latest comes first
    return questionLog.record({ platform: "slack", workspaceId: "T1", channelId: "C1", userId: "U1", answer })!;
  };
  // Three wordings of one unanswered question, one other asked once, one only found in passages.
  ask(notFound("when was the treaty signed"));
  ask(notFound("When was the treaty signed?"));
  now += DAY_MS;
  ask(notFound("when did they sign the treaty"));
  ask(notFound("how tall is the lighthouse"));
  ask(passages("why did Finland leave the convention"));
  // A disagreement run into twice; an answer voted wrong twice, its source blamed once.
  ask(memoConflict());
  now += DAY_MS;
  ask(memoConflict("When was the memo signed?"));
  const wrong = ask(signer());
  questionLog.vote(wrong, "slack:U2", "wrong");
  questionLog.blame(wrong, "slack:U3", { sourceId: "004_16e8bccd99b2617a" });
  questionLog.vote(wrong, "discord:4", "right");
  const right = ask(signer("who signed it"));
  questionLog.vote(right, "slack:U2", "right");
  // Older than the report's week: left out.
  now = NOW - 30 * DAY_MS;
  ask(notFound("a question from last month"));
  questionLog.flush();
  return questionLog;
}

describe("the editors' report", () => {
  const dir = join(root, "seeded");
  const questionLog = seededLog(dir);
  after(() => questionLog.close());
  const report = editorReport(questionLog.database!, 7, NOW);

  it("lists the not-found question asked three times (in three wordings) above the one asked once", () => {
    assert.deepEqual(
      report.unanswered.map((g) => [g.question, g.times, g.notFound, g.passages, g.wordings]),
      [
        ["when did they sign the treaty", 3, 3, 0, 3],
        ["why did Finland leave the convention", 1, 0, 1, 1],
        ["how tall is the lighthouse", 1, 1, 0, 1],
      ],
    );
    assert.deepEqual(subjectKey("When was the treaty signed?"), subjectKey("when did they sign the treaty"), "grouped by the search's own terms");
  });

  it("lists the answer voted wrong with the source blamed, and leaves out answers only voted right", () => {
    assert.equal(report.votedWrong.length, 1);
    const [g] = report.votedWrong;
    assert.deepEqual([g?.question, g?.values, g?.wrong, g?.right, g?.notInSources], ["who signed the memo", ["Peter Hegseth"], 2, 1, 0]);
    assert.deepEqual(g?.blamed, [{ sourceId: "004_16e8bccd99b2617a", title: "Trump administration lifts U.S. ban on anti-personnel mines", votes: 1 }]);
  });

  it("counts the disagreement run into twice, and the questions and votes by day", () => {
    assert.deepEqual(
      report.disagreements.map((d) => [d.answerType, d.times, d.values.map((v) => v.normalized)]),
      [["date", 2, ["2025-12-02", "2025-01-15"]]],
    );
    assert.deepEqual(report.totals, { questions: 9, answered: 2, conflict: 2, passages: 1, notFound: 4, errors: 0, right: 2, wrong: 2 });
    assert.deepEqual(report.byDay.map((d) => [d.day, d.questions]), [["2026-11-19", 3], ["2026-11-18", 4], ["2026-11-17", 2]]);
  });

  it("/report is for editors only, and says why when the log is off", async () => {
    const engine = {} as QueryEngine;
    const ctx: CommandContext = { engine: () => engine, questionLog, editors: new EditorList(["U1"]) };
    const operator = { platform: "terminal", userId: "terminal" } as const;
    const refused = await dispatch("report", { text: "", userId: "U9", requester: { platform: "slack", userId: "U9" } }, ctx, { platform: "slack" });
    assert.equal(refused.kind, "error");
    assert.match(refused.kind === "error" ? refused.message : "", /CORPUS_EDITORS/);
    const shown = await dispatch("report", { text: "30", userId: "U1", requester: { platform: "slack", userId: "U1" } }, ctx, { platform: "slack" });
    assert.equal(shown.kind === "report" && shown.report.days, 30);
    const bad = await dispatch("report", { text: "a fortnight", requester: operator }, ctx, { platform: "terminal" });
    assert.match(bad.kind === "error" ? bad.message : "", /number of days from 1 to 3650/);
    const off = await dispatch("report", { text: "", requester: operator }, { engine: () => engine }, { platform: "terminal" });
    assert.match(off.kind === "error" ? off.message : "", /LOG_QUESTIONS=off/);
  });

  it("npm run report prints it as text, or as JSON, from DATA_DIR; a missing log is an empty report", () => {
    const run = (args: string[], dataDir = dir) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/report.ts", ...args], { cwd: PROJECT_ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" });
    const text = run(["--days", "3650"]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Not answered by the documents[^\n]*:\n {2}3× "when did they sign the treaty" \(not found; 3 wordings/);
    assert.match(text.stdout, /"a question from last month"/, "ten years back includes last month");
    assert.match(text.stdout, /Answers voted wrong:\n {2}"who signed the memo" → Peter Hegseth: 2 wrong, 1 right; blamed: 004_16e8bccd99b2617a/);
    // Two runs only: each process costs about a second of CPU.
    const empty = run(["--json"], join(root, "nothing-here"));
    assert.equal(empty.status, 0, empty.stderr);
    assert.match(empty.stderr, /no question log/);
    const parsed = JSON.parse(empty.stdout) as EditorReport;
    assert.deepEqual([parsed.days, parsed.totals.questions, parsed.unanswered], [7, 0, []]);
  });
});

describe("the report in chat stays within each platform's limits", () => {
  /** A report as long as the lists allow, every line long and full of markup. */
  function hugeReport(): EditorReport {
    const long = (i: number) => `when was the ${"*very* <!channel> @everyone long ".repeat(30)} treaty number ${i} signed`;
    const rows = {
      unanswered: Array.from({ length: 200 }, (_, i) => ({ question: long(i), status: "not_found" as const, askedAt: NOW - i })),
      wrong: Array.from({ length: 60 }, (_, i) => ({ id: `a${i}`, question: long(i), askedAt: NOW - i, answer: JSON.stringify(memoConflict(long(i))), right: 1, wrong: 3 })),
      blames: Array.from({ length: 60 }, (_, i) => ({ answerId: `a${i}`, sourceId: "004_16e8bccd99b2617a", notInSources: 0, votes: 2 })),
      conflicts: Array.from({ length: 60 }, (_, i) => ({ question: long(i), askedAt: NOW - i, answer: JSON.stringify({ ...memoConflict(long(i)), answers: memoConflict().answers.map((a) => ({ ...a, normalized: `${a.normalized}-${i}` })) }) })),
      answersByDay: Array.from({ length: 90 }, (_, i) => ({ day: new Date(NOW - i * DAY_MS).toISOString().slice(0, 10), kind: "not_found", count: 5 })),
      votesByDay: [],
    };
    return buildEditorReport(rows, { days: 90, now: NOW });
  }

  it("Slack: at most 50 blocks, 3,000 characters a section, nothing that pings", () => {
    const report = hugeReport();
    assert.equal(report.unanswered.length, 25);
    assert.ok(report.omitted.unanswered > 0);
    const message = renderSlack({ kind: "report", report });
    assert.ok(message.blocks.length <= 50, `${message.blocks.length} blocks`);
    for (const block of message.blocks) {
      const text = (block as { text?: { text: string } }).text?.text ?? "";
      assert.ok(text.length <= 3000, `${text.length} characters`);
      assert.ok(!text.includes("<!channel>") && !/@everyone/.test(text));
    }
    assert.match(JSON.stringify(message.blocks), /…and \d+ more/);
  });

  it("Discord: one embed within every limit (6,000 in all, 1,024 a field), nothing that pings", () => {
    const embed = renderEmbed({ kind: "report", report: hugeReport() });
    const fields = embed.fields ?? [];
    const total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    assert.ok(total <= EMBED_LIMITS.total, `${total} characters`);
    assert.equal(fields.length, 4);
    for (const f of fields) {
      assert.ok(f.value.length <= EMBED_LIMITS.fieldValue);
      assert.ok(!/@everyone/.test(f.value), "mentions defused");
      assert.ok(!/(^|[^\\])\*very\*/.test(f.value), "markdown escaped");
    }
  });
});
