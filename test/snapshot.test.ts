import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile, appendFile, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine, prepareSnapshot, snapshotPath } from "../src/core/snapshot/index.js";
import { writeFileAtomic } from "../src/core/snapshot/store.js";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import type { Answer } from "../src/core/types.js";
import { renderConflicts } from "../src/render/text.js";

const QUESTIONS = [
  "when was the memo signed",
  "Who signed the memo?",
  "When did Finland withdraw from the Ottawa Convention?",
  "How many days does the Pentagon have to draft the new policy?",
  "Which newspaper obtained the memo?",
  "How many people were killed by landmines in 2024?",
  "Who won the 2022 World Cup?",
  "when was the memo signd",
];

/** A copy of the seeds and an empty cache folder, removed after the test. */
async function scratch(t: { after: (fn: () => Promise<void>) => void }) {
  const root = await mkdtemp(join(tmpdir(), "crosscheck-snapshot-test-"));
  t.after(() => rm(root, { recursive: true, force: true }));
  const corpus = join(root, "corpus");
  const cache = join(root, "cache");
  await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache, snapshot: snapshotPath(corpus, cache) };
}

const withoutTiming = (a: Answer) => ({ ...a, tookMs: undefined });
const answersOf = (engine: QueryEngine) => QUESTIONS.map((q) => withoutTiming(engine.ask(q)));

test("a snapshot round trip answers exactly as a fresh build", async (t) => {
  const { corpus, cache } = await scratch(t);
  const first = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(first.from, "built");
  assert.equal(first.warning, undefined);
  const second = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(second.from, "snapshot");
  assert.equal(second.warning, undefined);
  const fresh = await QueryEngine.load(corpus);
  assert.deepEqual(answersOf(second.engine), answersOf(fresh));
  assert.deepEqual(second.engine.sources(), fresh.sources());
  assert.equal(second.engine.index.sentences.length, fresh.index.sentences.length);
  assert.deepEqual(new Map(second.engine.index.termFrequency), new Map(fresh.index.termFrequency));
});

test("a changed, added or removed file makes the snapshot stale: rebuilt, reported, rewritten", async (t) => {
  const { corpus, cache } = await scratch(t);
  await loadEngine(corpus, { cacheDir: cache });
  const [file] = (await readdir(corpus)).filter((f) => f.endsWith(".txt"));
  await appendFile(join(corpus, file!), "\nThe Zorblat accord was signed on March 3, 2031.\n");
  const changed = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(changed.from, "built");
  assert.match(changed.warning ?? "", /stale/);
  assert.ok(changed.engine.index.sentences.some((s) => s.text.includes("Zorblat")));
  assert.equal((await loadEngine(corpus, { cacheDir: cache })).from, "snapshot");

  await writeFile(join(corpus, "new-note.txt"), "A second note says the accord was signed on March 4, 2031.\n");
  const added = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(added.from, "built");
  assert.ok(added.engine.document("new-note"));

  await rm(join(corpus, "new-note.txt"));
  const removed = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(removed.from, "built");
  assert.equal(removed.engine.document("new-note"), undefined);
});

test("an edit that keeps the size is caught by the modification time", async (t) => {
  const { corpus, cache } = await scratch(t);
  await loadEngine(corpus, { cacheDir: cache });
  const [file] = (await readdir(corpus)).filter((f) => f.endsWith(".txt"));
  const path = join(corpus, file!);
  const text = await readFile(path, "utf8");
  await writeFile(path, text.replace(/2025/, "2026"));
  await utimes(path, new Date(), new Date(Date.now() + 5_000));
  assert.equal((await loadEngine(corpus, { cacheDir: cache })).from, "built");
});

test("a damaged snapshot is reported and rebuilt, never used", async (t) => {
  const { corpus, cache, snapshot } = await scratch(t);
  await loadEngine(corpus, { cacheDir: cache });
  const good = await readFile(snapshot);

  const damages: [string, Buffer][] = [
    ["garbage", Buffer.from("this is not a snapshot\n{}")],
    ["truncated", good.subarray(0, good.length - 100)],
    ["flipped byte", Buffer.from(good.toString("latin1").replace(/Hegseth/, "Hegsetx"), "latin1")],
    ["empty", Buffer.alloc(0)],
  ];
  for (const [what, bytes] of damages) {
    await writeFile(snapshot, bytes);
    const loaded = await loadEngine(corpus, { cacheDir: cache });
    assert.equal(loaded.from, "built", what);
    assert.match(loaded.warning ?? "", /not used/, what);
    assert.equal(loaded.engine.ask("Who signed the memo?").status, "answered", what);
    // The rebuild rewrote a good snapshot.
    assert.equal((await loadEngine(corpus, { cacheDir: cache })).from, "snapshot", what);
  }
});

test("a snapshot written by another index version is not used", async (t) => {
  const { corpus, cache, snapshot } = await scratch(t);
  await loadEngine(corpus, { cacheDir: cache });
  const bytes = await readFile(snapshot);
  const end = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.subarray(0, end).toString()) as { indexVersion: number };
  header.indexVersion += 1;
  await writeFile(snapshot, Buffer.concat([Buffer.from(JSON.stringify(header)), bytes.subarray(end)]));
  const loaded = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(loaded.from, "built");
  assert.match(loaded.warning ?? "", /another version/);
});

test("writes are atomic: no temporary files are left, also when the write fails", async (t) => {
  const { corpus, cache } = await scratch(t);
  await loadEngine(corpus, { cacheDir: cache });
  await loadEngine(corpus, { cacheDir: cache, rebuild: true });
  const files = await readdir(cache);
  assert.equal(files.length, 1);
  assert.match(files[0]!, /\.snapshot$/);

  // A cache "folder" that is a file: the write fails, the engine still works, the failure is reported.
  const blocked = join(cache, "blocked");
  await writeFile(blocked, "a file, not a folder");
  const loaded = await loadEngine(corpus, { cacheDir: blocked });
  assert.equal(loaded.from, "built");
  assert.match(loaded.warning ?? "", /could not be written/);
  await assert.rejects(writeFileAtomic(join(blocked, "x.snapshot"), Buffer.from("x")));
  assert.deepEqual((await readdir(cache)).sort(), [files[0]!, "blocked"].sort());
});

test("a cache inside the corpus, in a hidden folder, does not make its own snapshot stale", async (t) => {
  const { corpus } = await scratch(t);
  const cache = join(corpus, ".crosscheck");
  assert.equal((await loadEngine(corpus, { cacheDir: cache })).from, "built");
  assert.equal((await loadEngine(corpus, { cacheDir: cache })).from, "snapshot");
});

test("an unreadable corpus folder throws, as QueryEngine.load does", async (t) => {
  const { cache } = await scratch(t);
  await assert.rejects(loadEngine(join(cache, "no-such-folder"), { cacheDir: cache }));
});

test("a background preparation keeps every value and the report in the snapshot: the next start answers alike and lists conflicts at once", async (t) => {
  const { corpus, cache, snapshot } = await scratch(t);
  const first = await loadEngine(corpus, { cacheDir: cache });
  const before = answersOf(first.engine);
  const conflicts = first.engine.conflicts();
  assert.equal((await prepareSnapshot(first)).outcome, "prepared");
  assert.equal(first.engine.prepared, true);
  const header = JSON.parse((await readFile(snapshot)).subarray(0, 4096).toString("utf8").split("\n")[0]!) as { prepared: unknown };
  assert.deepEqual(header.prepared, { claims: true, terms: true, report: true, names: true });

  const second = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(second.from, "snapshot");
  assert.equal(second.engine.prepared, true, "values and report came with the snapshot");
  assert.deepEqual(second.engine.conflicts(), conflicts);
  assert.deepEqual(answersOf(second.engine), before);
  assert.equal((await prepareSnapshot(second)).outcome, "already");
});

test("the name words the preparation tells are those the engine tells from the sentences, and a snapshot keeps them", async (t) => {
  const { corpus, cache } = await scratch(t);
  const first = await loadEngine(corpus, { cacheDir: cache });
  await prepareSnapshot(first);
  const table = first.engine.preparedParts().names!;
  assert.ok(table.size > 500, `${table.size} words`);
  const fresh = await QueryEngine.load(corpus); // no table: every word tested on the sentences
  const words = ["finland", "memo", "pentagon", "hegseth", "ottawa", "signed", "ceo", "asante-boateng", "o'brien", "qatar", "nonesuchword"];
  for (const w of words) assert.equal(first.engine.isNameWord(w), fresh.isNameWord(w), w);
  assert.equal(table.get("finland"), true);
  assert.equal(table.get("memo"), false);
  assert.equal(table.get("nonesuchword"), undefined, "a word no sentence uses is not in the table");
  const second = await loadEngine(corpus, { cacheDir: cache });
  const kept = second.engine.preparedParts().names!;
  assert.equal(kept.size, table.size);
  for (const w of words) assert.equal(kept.get(w), table.get(w), w);
});

test("values and a report computed by other code are not reused: the index is, and they are prepared anew", async (t) => {
  const { corpus, cache, snapshot } = await scratch(t);
  const first = await loadEngine(corpus, { cacheDir: cache });
  const before = answersOf(first.engine);
  assert.equal((await prepareSnapshot(first)).outcome, "prepared");
  // As if an older extractor had written them: the header names other code (same length, so the body stays aligned).
  const bytes = await readFile(snapshot);
  const line = bytes.subarray(0, bytes.indexOf(0x0a)).toString("utf8");
  const own = (JSON.parse(line) as { preparedBy: string }).preparedBy;
  await writeFile(snapshot, Buffer.concat([Buffer.from(line.replace(`"preparedBy":"${own}"`, `"preparedBy":"${"0".repeat(own.length)}"`)), bytes.subarray(line.length)]));
  const second = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(second.from, "snapshot", "the index is still used");
  assert.equal(second.engine.prepared, false, "the values and the report are not");
  assert.equal((await prepareSnapshot(second)).outcome, "prepared");
  assert.deepEqual(answersOf(second.engine), before);
  assert.equal((await loadEngine(corpus, { cacheDir: cache })).engine.prepared, true, "rewritten by this code");
});

test("past the in-process limit a worker prepares the corpus from its snapshot; /conflicts says so meanwhile, never blocks", async (t) => {
  const { corpus, cache } = await scratch(t);
  const expected = (await loadEngine(corpus, { cacheDir: cache, write: false })).engine;
  const loaded = await loadEngine(corpus, { cacheDir: cache });
  loaded.engine.prepareLimit = 10; // the seeds stand for a corpus past 50,000 sentences
  const running = prepareSnapshot(loaded);
  assert.match(loaded.engine.conflicts().pending ?? "", /still being prepared/);
  assert.deepEqual(loaded.engine.conflicts().conflicts, []);
  assert.match(renderConflicts(loaded.engine.conflicts()), /still being prepared/, "said, not \"no disagreements\"");
  assert.equal((await running).outcome, "prepared");
  assert.equal(loaded.engine.prepared, true);
  assert.deepEqual(loaded.engine.conflicts(), expected.conflicts());
  assert.deepEqual(answersOf(loaded.engine), answersOf(expected));
  const next = await loadEngine(corpus, { cacheDir: cache });
  assert.equal(next.engine.prepared, true, "the worker wrote them into the snapshot");
});

test("a preparation is dropped when the corpus reloads (aborted), and never writes over a newer snapshot", async (t) => {
  const { corpus, cache, snapshot } = await scratch(t);
  const loaded = await loadEngine(corpus, { cacheDir: cache });
  const controller = new AbortController();
  controller.abort();
  assert.equal((await prepareSnapshot(loaded, { signal: controller.signal })).outcome, "aborted");
  // The corpus changes and a new snapshot is written; the old engine's preparation must not replace it.
  await writeFile(join(corpus, "new-note.txt"), "A note says the accord was signed on March 4, 2031.\n");
  const newer = await loadEngine(corpus, { cacheDir: cache });
  const done = await prepareSnapshot(loaded);
  assert.match(done.warning ?? "", /not updated: stale/);
  assert.equal((await loadEngine(corpus, { cacheDir: cache })).from, "snapshot");
  assert.ok((await readFile(snapshot)).includes("March 4, 2031"));
  assert.equal(newer.engine.prepared, false);
});
