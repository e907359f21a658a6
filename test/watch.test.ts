/**
 * Live corpus: files added, corrupted and removed in a watched folder change the answers without
 * a restart; a failed rebuild keeps the old index answering.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { LiveCorpus, type ReloadResult } from "../src/runtime/live-corpus.js";
import { QueryEngine } from "../src/core/engine.js";
import { log } from "../src/log.js";

// Reloads and failures are logged on purpose; the assertions say what matters here.
log.level = "silent";

const BRIDGE = "Harbor bridge opens\n\nThe Harbor Bridge in Riverton opened on March 3, 2021, after four years of work.\n";
const LAKE = "Lake report\n\nThe lake festival drew 12,000 visitors in 2019, officials said.\n";
const BRIDGE_QUESTION = "when did the Harbor Bridge open?";
const LAKE_QUESTION = "how many visitors did the lake festival draw?";

function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-watch-"));
  writeFileSync(join(dir, "bridge.txt"), BRIDGE);
  return dir;
}

/** The next reload, as the watcher reports it. */
async function nextReload(corpus: LiveCorpus): Promise<ReloadResult> {
  const [result] = (await once(corpus, "reload")) as [ReloadResult];
  return result;
}

const sourcesOf = (corpus: LiveCorpus, question: string) => corpus.engine().ask(question).answers.flatMap((a) => a.sources.map((s) => s.id));

test("add, corrupt, change and delete files: the index follows without a restart", async (t) => {
  const dir = tempCorpus();
  const corpus = await LiveCorpus.open(dir, { debounceMs: 50 });
  t.after(async () => {
    await corpus.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  assert.deepEqual(sourcesOf(corpus, BRIDGE_QUESTION), ["bridge"]);
  assert.equal(corpus.engine().ask(LAKE_QUESTION).status, "not_found");
  const first = corpus.engine();

  // Add: a question about the new file is answered.
  let reload = nextReload(corpus);
  writeFileSync(join(dir, "lake.txt"), LAKE);
  let result = await reload;
  assert.ok(result.ok);
  assert.notEqual(corpus.engine(), first, "a new engine was swapped in");
  assert.deepEqual(sourcesOf(corpus, LAKE_QUESTION), ["lake"]);
  assert.deepEqual(sourcesOf(corpus, BRIDGE_QUESTION), ["bridge"]);

  // Corrupt and binary files: skipped and reported, the others still answer.
  reload = nextReload(corpus);
  writeFileSync(join(dir, "broken.txt"), Buffer.from([0x54, 0x68, 0xc3, 0x28, 0xa0, 0xa1, 0x0a]));
  writeFileSync(join(dir, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  result = await reload;
  assert.ok(result.ok);
  const skipped = Object.fromEntries(corpus.engine().report.skipped.map((s) => [s.file, s.reason]));
  assert.match(skipped["broken.txt"] ?? "", /UTF-8/);
  assert.match(skipped["image.md"] ?? "", /binary/);
  assert.deepEqual(sourcesOf(corpus, LAKE_QUESTION), ["lake"]);
  assert.deepEqual(sourcesOf(corpus, BRIDGE_QUESTION), ["bridge"]);

  // Change: the new text answers.
  reload = nextReload(corpus);
  writeFileSync(join(dir, "lake.txt"), LAKE.replace("12,000", "15,500"));
  await reload;
  assert.equal(corpus.engine().ask(LAKE_QUESTION).answers[0]?.normalized, "15500");

  // Delete: gone from the answers and the sources.
  reload = nextReload(corpus);
  unlinkSync(join(dir, "lake.txt"));
  await reload;
  assert.equal(corpus.engine().ask(LAKE_QUESTION).status, "not_found");
  assert.deepEqual(corpus.engine().sources().map((s) => s.id), ["bridge"]);
});

test("a burst of changes is gathered into one rebuild", async (t) => {
  const dir = tempCorpus();
  let loads = 0;
  const corpus = await LiveCorpus.open(dir, { debounceMs: 300, load: (d) => (loads++, QueryEngine.load(d)) });
  t.after(async () => {
    await corpus.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const reload = nextReload(corpus);
  for (let i = 0; i < 8; i++) writeFileSync(join(dir, `note-${i}.txt`), `Note ${i}\n\nThe note number ${i} was filed on May ${i + 1}, 2020.\n`);
  const result = await reload;
  assert.ok(result.ok);
  assert.equal(loads, 2, "the first load and one rebuild");
  assert.equal(corpus.engine().report.documents, 9);
});

test("a failed rebuild keeps the old index answering", async (t) => {
  const dir = tempCorpus();
  let fail = false;
  const corpus = await LiveCorpus.open(dir, {
    watch: "off",
    load: (d) => (fail ? Promise.reject(new Error("disk unplugged")) : QueryEngine.load(d)),
  });
  t.after(async () => {
    await corpus.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const before = corpus.engine();
  fail = true;
  const result = await corpus.reload();
  assert.equal(result.ok, false);
  assert.ok(!result.ok && /disk unplugged/.test(result.error.message));
  assert.equal(corpus.engine(), before);
  assert.deepEqual(sourcesOf(corpus, BRIDGE_QUESTION), ["bridge"]);
});

test("the corpus folder disappearing is a failed rebuild, not a crash", async (t) => {
  const dir = tempCorpus();
  const corpus = await LiveCorpus.open(dir, { watch: "off" });
  t.after(() => corpus.stop());
  rmSync(dir, { recursive: true, force: true });
  const result = await corpus.reload();
  assert.equal(result.ok, false);
  assert.deepEqual(sourcesOf(corpus, BRIDGE_QUESTION), ["bridge"]);
});
