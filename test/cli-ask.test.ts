/** The `ask` command line as other tools use it (shared/CONTRACT.md). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/paths.js";
import type { Answer } from "../src/core/types.js";

function ask(args: string[], input?: string) {
  return spawnSync("npm", ["run", "--silent", "ask", "--", ...args], { cwd: PROJECT_ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

test("--json: the memo's date conflict with both sources cited", () => {
  const run = ask(["--json", "when was the memo signed"]);
  assert.equal(run.status, 0, run.stderr);
  const answer = JSON.parse(run.stdout) as Answer;
  assert.equal(answer.status, "conflict");
  assert.equal(answer.conflict, true);
  const byValue = new Map(answer.answers.map((a) => [a.normalized, a.sources.map((s) => s.id)]));
  assert.ok(byValue.get("2025-12-02")?.includes("003_1f58ea47367c2ee6"));
  assert.ok(byValue.get("2025-01-15")?.includes("004_16e8bccd99b2617a"));
});

test("--jsonl: one answer a line for 1,000 questions in one process, bad lines included", () => {
  const questions = ["when was the memo signed", "", "Who won the 2022 World Cup?", "x".repeat(5000), "Who signed the memo?"];
  const lines = Array.from({ length: 1000 }, (_, i) => questions[i % questions.length]);
  const run = ask(["--jsonl"], lines.join("\n") + "\n");
  assert.equal(run.status, 0, run.stderr);
  const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Answer);
  assert.equal(out.length, 1000);
  assert.equal(out[0]!.status, "conflict");
  assert.equal(out[1]!.status, "error");
  assert.equal(out[2]!.status, "not_found");
  assert.equal(out[3]!.status, "error");
  assert.equal(out[4]!.status, "answered");
  assert.equal(out[999]!.status, "answered");
});

test("plain output for people names the disagreement", () => {
  const run = ask(["when was the memo signed"]);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /disagree/i);
  assert.match(run.stdout, /December 2, 2025/);
  assert.match(run.stdout, /January 15, 2025/);
});

test("usage errors and unreadable corpora exit 2 with one line on stderr", () => {
  const bad = ask(["--bogus", "q"]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown option --bogus/);
  const missing = ask(["--corpus", "/nonexistent/folder", "q"]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read the corpus folder/);
});

test("--corpus reads another folder; broken files are skipped, the rest answer", () => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-cli-"));
  try {
    writeFileSync(join(dir, "a.md"), "---\ntitle: Harbour report\noutlet: Coast Gazette\n---\nThe new harbour bridge opened on March 3, 2021, officials said.\n");
    writeFileSync(join(dir, "b.txt"), "Harbour news\n\nThe harbour bridge opened on March 3, 2022, according to the city.\n");
    writeFileSync(join(dir, "c.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]));
    const run = ask(["--json", "--corpus", dir, "When did the harbour bridge open?"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /skipped c\.txt/);
    const answer = JSON.parse(run.stdout) as Answer;
    assert.equal(answer.status, "conflict");
    assert.deepEqual(answer.answers.map((a) => a.normalized).sort(), ["2021-03-03", "2022-03-03"]);
    assert.equal(answer.answers.find((a) => a.normalized === "2021-03-03")!.sources[0]!.title, "Harbour report");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
