/**
 * Hostile corpus folders, through QueryEngine.load: empty, binary, huge, invalid UTF-8 and
 * symlinked files (good and broken links), files rewritten while being read, and random bytes.
 * The good documents always load and answer; every other file is skipped with a reason.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { QueryEngine } from "../src/core/engine.js";

const BRIDGE = "Harbor bridge opens\n\nThe Harbor Bridge in Riverton opened on March 3, 2021, after four years of work.\n";
const LAKE = "Lake report\n\nThe lake festival drew 12,000 visitors in 2019, officials said.\n";
const BRIDGE_QUESTION = "when did the Harbor Bridge open?";

const root = mkdtempSync(join(tmpdir(), "crosscheck-corpus-fuzz-"));
test.after(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

/** A new corpus folder holding the one good document. */
function corpusWithBridge(): string {
  const dir = join(root, `corpus-${folders++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, "bridge.txt"), BRIDGE);
  return dir;
}

const sourcesOf = (engine: QueryEngine, question: string) => engine.ask(question).answers.flatMap((a) => a.sources.map((s) => s.id));

test("empty, binary, huge, invalid UTF-8 and symlinked files: the rest loads, each bad one is reported", async () => {
  const dir = corpusWithBridge();
  const outside = join(root, "outside-lake.txt");
  writeFileSync(outside, LAKE);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.md"), " \n\t\n");
  writeFileSync(join(dir, "photo.txt"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 opened in 1999.\n", "latin1"));
  writeFileSync(join(dir, "huge.txt"), Buffer.alloc(5 * 1024 * 1024 + 1, "a"));
  symlinkSync(outside, join(dir, "linked-lake.txt"));
  symlinkSync(join(root, "missing.txt"), join(dir, "dangling.txt"));
  symlinkSync(root, join(dir, "folder-link.md"));
  writeFileSync(join(dir, "picture.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

  const engine = await QueryEngine.load(dir);
  assert.deepEqual(engine.sources().map((s) => s.id).sort(), ["bridge", "linked-lake"]);
  const skipped = Object.fromEntries(engine.report.skipped.map((s) => [s.file, s.reason]));
  assert.deepEqual(Object.keys(skipped).sort(), ["blank.md", "dangling.txt", "empty.txt", "folder-link.md", "huge.txt", "latin1.txt", "photo.txt"]);
  assert.match(skipped["empty.txt"]!, /empty/);
  assert.match(skipped["blank.md"]!, /empty/);
  assert.match(skipped["photo.txt"]!, /binary|UTF-8/);
  assert.match(skipped["latin1.txt"]!, /UTF-8/);
  assert.match(skipped["huge.txt"]!, /too large/);
  assert.match(skipped["dangling.txt"]!, /broken symbolic link/);
  assert.match(skipped["folder-link.md"]!, /not a regular file/);
  assert.deepEqual(sourcesOf(engine, BRIDGE_QUESTION), ["bridge"]);
  assert.deepEqual(sourcesOf(engine, "how many visitors did the lake festival draw?"), ["linked-lake"]);
});

test("files rewritten, truncated and deleted while the folder is read: the load completes, the stable file answers", async () => {
  const dir = corpusWithBridge();
  const churn = Array.from({ length: 6 }, (_, i) => join(dir, `churn-${i}.txt`));
  for (const file of churn) writeFileSync(file, LAKE);
  let writing = true;
  // Rewrite (sometimes to nothing, sometimes removing) the churn files as fast as possible while loads run.
  const writer = (async () => {
    for (let round = 0; writing; round++) {
      const file = churn[round % churn.length]!;
      if (round % 7 === 3) rmSync(file, { force: true });
      else await writeFile(file, round % 3 === 0 ? "" : LAKE.repeat(1 + (round % 50)));
    }
  })();
  try {
    for (let i = 0; i < 15; i++) {
      const engine = await QueryEngine.load(dir);
      assert.deepEqual(sourcesOf(engine, BRIDGE_QUESTION), ["bridge"]);
      const loaded = engine.sources().map((s) => s.id);
      const reported = engine.report.skipped.map((s) => s.file);
      for (const file of reported) assert.match(file, /^churn-\d\.txt$/, "only churned files are skipped");
      assert.ok(loaded.length + reported.length <= 7, "no file counted twice");
    }
  } finally {
    writing = false;
    await writer;
  }
});

test("random bytes in random files never stop a load, and never hide the good document", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.constantFrom(".txt", ".md", ".markdown"), fc.uint8Array({ maxLength: 2000 })), { minLength: 1, maxLength: 6 }),
      async (files) => {
        const dir = corpusWithBridge();
        files.forEach(([ext, bytes], i) => writeFileSync(join(dir, `random-${i}${ext}`), bytes));
        const engine = await QueryEngine.load(dir);
        assert.equal(engine.report.documents + engine.report.skipped.length, files.length + 1, "every file is loaded or reported");
        assert.deepEqual(sourcesOf(engine, BRIDGE_QUESTION), ["bridge"]);
        rmSync(dir, { recursive: true, force: true });
      },
    ),
    { numRuns: 40 },
  );
});
