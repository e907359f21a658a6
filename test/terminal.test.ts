/** The terminal chat, fed lines through a stream as a pipe would: answers, commands, and /quit. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import { runLine, runTerminal, startTerminal } from "../src/adapters/terminal/chat.js";
import { QuestionLog } from "../src/storage/question-log.js";
import { createLogger } from "../src/log.js";
import type { CommandContext } from "../commands/index.js";

const dir = mkdtempSync(join(tmpdir(), "crosscheck-terminal-"));
writeFileSync(join(dir, "bridge.txt"), "Harbor bridge opens\n\nThe Harbor Bridge in Riverton opened on March 3, 2021, after four years of work.\n");
writeFileSync(join(dir, "lake.txt"), "Lake report\n\nThe lake festival drew 12,000 visitors in 2019, officials said.\n");
const engine = await QueryEngine.load(dir);
const ctx: CommandContext = { engine: () => engine };
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the chat over `lines` (ending the input after them) and returns everything it printed. */
async function chat(lines: string[], end = true): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const done = runTerminal(ctx, { input, output, interactive: false });
  input.write(lines.map((l) => l + "\n").join(""));
  if (end) input.end();
  await done;
  return printed;
}

test("a question gets the answer with its source; blank lines are ignored", async () => {
  const out = await chat(["", "when did the Harbor Bridge open?", "   ", "how many visitors did the lake festival draw?"]);
  const answers = out.split(/\n(?=[✓⚠∅✗])/);
  assert.equal(answers.length, 2, out);
  assert.match(answers[0]!, /^✓ One source states it\.\n  March 3, 2021 \[2021-03-03\] \(1 source\)\n    "The Harbor Bridge in Riverton opened on March 3, 2021, after four years of work\." \(bridge, Harbor bridge opens\)/);
  assert.match(answers[1]!, /12,000 visitors \[12000\].*\n.*\(lake, Lake report\)/);
});

test("/sources, /help, /ask with nothing, an unknown command", async () => {
  const out = await chat(["/sources", "/help", "/ask", "/frobnicate now"]);
  assert.match(out, /^2 documents:\n  bridge: Harbor bridge opens \(1 sentence\)\n  lake: Lake report \(1 sentence\)\n/);
  assert.match(out, /\/ask <question>\n    Ask a fact question/);
  assert.match(out, /\/sources\n    List the documents/);
  assert.match(out, /What to ask\n/);
  assert.equal(out.match(/\/ask <question>/g)?.length, 2, "/ask alone prints its usage");
  assert.match(out, /Unknown command \/frobnicate\. Commands: \/ask, \/sources, \/conflicts, \/add, \/remove, \/report, \/help, \/quit\.\n$/);
});

test("too long a question gets a clear message, not an answer", async () => {
  const out = await chat([`when did the Harbor Bridge open ${"and why ".repeat(80)}?`]);
  assert.match(out, /^✗ That question is \d+ characters long; the limit is 500/);
});

test("/quit ends the chat: later lines are not answered, even with input still open", async () => {
  const out = await chat(["when did the Harbor Bridge open?", "/quit", "how many visitors did the lake festival draw?"], false);
  assert.match(out, /March 3, 2021/);
  assert.doesNotMatch(out, /12,000/);
});

test("stop() ends a running chat (shutdown): nothing more is answered", async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const running = startTerminal(ctx, { input, output, interactive: false });
  await running.stop();
  await running.done;
  input.write("when did the Harbor Bridge open?\n");
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(printed, "");
});

test("the terminal chat logs each answer (platform terminal) and its operator may read /report", async () => {
  const dataDir = join(dir, ".data");
  const questionLog = QuestionLog.open({ dir: dataDir, retentionDays: 90, logger: createLogger({ level: "silent" }) });
  try {
    const logged: CommandContext = { ...ctx, questionLog, corpusFingerprint: () => "terminal-corpus" };
    assert.match((await runLine("when did the Harbor Bridge open?", logged)) ?? "", /March 3, 2021/);
    assert.match((await runLine("/ask who won the 1987 world cup", logged)) ?? "", /Not found/);
    questionLog.flush();
    const rows = questionLog.database!.prepare("SELECT platform, user_id, workspace_id, channel_id, question, status, corpus FROM answers ORDER BY asked_at").all();
    assert.deepEqual(rows, [
      { platform: "terminal", user_id: "terminal", workspace_id: null, channel_id: null, question: "when did the Harbor Bridge open?", status: "answered", corpus: "terminal-corpus" },
      { platform: "terminal", user_id: "terminal", workspace_id: null, channel_id: null, question: "who won the 1987 world cup", status: "not_found", corpus: "terminal-corpus" },
    ]);
    assert.match((await runLine("/report", logged)) ?? "", /Not answered by the documents[^\n]*:\n {2}1× "who won the 1987 world cup"/);
  } finally {
    questionLog.close();
  }
});
