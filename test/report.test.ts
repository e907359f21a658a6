/**
 * The disagreement report (/conflicts and the standing in /sources): on the seeds, and on small
 * corpora written here to pin down grouping, name variants, approximate numbers, a source that
 * contradicts itself, and the topic filter.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { QueryEngine } from "../src/core/engine.js";
import type { ConflictItem } from "../src/core/types.js";
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from "../src/paths.js";
import { parseConflictsArgs } from "../src/cli/conflicts.js";

const seeds = await QueryEngine.load(DEFAULT_CORPUS_DIR);
const MEMO_003 = "003_1f58ea47367c2ee6";
const MEMO_004 = "004_16e8bccd99b2617a";

/** Each side of an item as "normalized: source ids (sorted)". */
function sides(item: ConflictItem): string[] {
  return item.answers.map((a) => `${a.normalized}: ${[...new Set(a.sources.map((s) => s.id.slice(0, 3)))].sort().join(",")}`);
}

/** The item whose sides include all these normalized values. */
function itemWith(items: readonly ConflictItem[], ...values: string[]): ConflictItem | undefined {
  return items.find((c) => values.every((v) => c.answers.some((a) => a.normalized === v)));
}

/** Loads an engine over documents written to a fresh temp folder. */
async function corpus(files: Record<string, string>): Promise<QueryEngine> {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-report-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    return await QueryEngine.load(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("seeds: the memo's date and Finland's withdrawal, each with its sources; a year in passing is no side", () => {
  const { conflicts } = seeds.conflicts();
  const memo = itemWith(conflicts, "2025-12-02", "2025-01-15");
  assert.ok(memo, "memo date listed");
  assert.equal(memo.answerType, "date");
  assert.deepEqual(sides(memo).sort(), ["2025-01-15: 004", "2025-12-02: 003"]);
  const finland = itemWith(conflicts, "2024-07", "2025-07");
  assert.ok(finland, "Finland's withdrawal listed");
  assert.deepEqual(sides(finland), ["2024-07: 001,004", "2025-07: 000"], "most-supported side first");
  // "the 1997 Ottawa Treaty" names a year but states no signing: too weak a side for a disagreement.
  assert.equal(itemWith(conflicts, "1999", "1997"), undefined);
  // Snippets are the sources' own sentences, verbatim.
  for (const a of memo.answers)
    for (const s of a.sources) assert.ok(seeds.document(s.id)!.sentences.includes(s.snippet), s.snippet);
});

test("seeds: facts the sources agree on are not listed", () => {
  const { conflicts } = seeds.conflicts();
  const values = conflicts.flatMap((c) => c.answers.map((a) => a.normalized));
  for (const agreed of ["P90D", "90", "Korean Peninsula", "Washington Post", "Peter Hegseth", "Pete Hegseth"])
    assert.ok(!values.includes(agreed), `${agreed} is not disputed`);
  const ids = conflicts.map((c) => sides(c).join(" | "));
  assert.equal(new Set(ids).size, ids.length, "each fact listed once");
});

test("topic filter: by topic and snippet terms, with the same normalization as questions", () => {
  const memo = seeds.conflicts("memorandum").conflicts;
  assert.ok(itemWith(memo, "2025-12-02", "2025-01-15"), "memorandum finds memo");
  assert.ok(!itemWith(memo, "2024-07", "2025-07"));
  const finland = seeds.conflicts("Finland withdrew").conflicts;
  assert.equal(finland.length, 1);
  assert.ok(itemWith(finland, "2024-07", "2025-07"));
  assert.deepEqual(seeds.conflicts("volcano").conflicts, []);
  assert.equal(seeds.conflicts("  ").conflicts.length, seeds.conflicts().conflicts.length);
});

test("sources: each source's standing on the facts it shares", () => {
  const byId = new Map(seeds.sources().map((s) => [s.id.slice(0, 3), s.standing!]));
  for (const [id, s] of byId) {
    assert.ok(s.sharedFacts >= s.withMajority + s.alone, id);
    assert.ok(s.sharedFacts > 0, `${id} shares facts`);
  }
  assert.ok(byId.get("000")!.alone >= 1, "000 alone on Finland's July 2025");
  assert.ok(byId.get("003")!.alone >= 1, "003 alone on 1997");
  assert.equal(byId.get("001")!.alone, 0, "001 is never alone");
});

test("grouping: one fact is listed once, whichever source states it, with compatible values merged", async () => {
  const engine = await corpus({
    "a.txt": "Varnel bridge\n\nThe bridge over the Varnel River opened to traffic in March 1931 after four years of work.",
    "b.txt": "City archive\n\nThe Varnel River bridge opened to traffic in March 1932, the city archive says.",
    "c.txt": "Old roads\n\nThe Varnel River bridge opened to traffic in 1931, locals recall.",
  });
  const { conflicts } = engine.conflicts();
  assert.equal(conflicts.length, 1);
  assert.deepEqual(sides(conflicts[0]!), ["1931-03: a,c", "1932-03: b"]);
  assert.match(conflicts[0]!.topic, /Varnel/);
});

test("variants and approximations are not conflicts; a value one source states is none either", async () => {
  const engine = await corpus({
    "a.txt": "Report A\n\nThe accord was signed by Foreign Minister Peter Talvik in the harbour town of Ostrava.\n\nNearly 2,000 people were killed by land mines in Korvia in 2024, the monitor said.\n\nThe Korvia depot was built in 1968.",
    "b.txt": "Report B\n\nThe accord was signed by Foreign Minister Pete Talvik in the harbour town of Ostrava.\n\nAbout 2,000 people were killed by land mines in Korvia in 2024, according to the monitor.",
  });
  assert.deepEqual(engine.conflicts().conflicts, []);
  // Both share four facts (who signed, where, how many killed, when) and agree on each.
  for (const s of engine.sources()) assert.deepEqual(s.standing, { sharedFacts: 4, withMajority: 4, alone: 0 }, s.id);
});

test("conflicting counts of the same thing are listed; counts of different things are not", async () => {
  const engine = await corpus({
    "a.txt": "Report A\n\nThe Korvia landslide destroyed 120 houses in the valley, officials said.\n\nThe Korvia relief fund raised 40 million crowns.",
    "b.txt": "Report B\n\nOfficials said the Korvia landslide destroyed 85 houses in the valley.\n\nThe Korvia relief fund helped 300 families.",
  });
  const { conflicts } = engine.conflicts();
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]!.answerType, "number");
  assert.deepEqual(sides(conflicts[0]!).sort(), ["120: a", "85: b"]);
});

test("command line: JSON report, topic, and exit 2 on an unreadable corpus", () => {
  assert.deepEqual(parseConflictsArgs(["--json", "--corpus", "x", "the", "memo"]), { json: true, corpus: "x", topic: "the memo" });
  assert.equal(typeof parseConflictsArgs(["--bogus"]), "string");
  const cli = join(PROJECT_ROOT, "src", "cli", "conflicts.ts");
  const out = execFileSync(process.execPath, ["--import", "tsx", cli, "--json", "memo"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  const report = JSON.parse(out) as { conflicts: ConflictItem[] };
  const memo = itemWith(report.conflicts, "2025-12-02", "2025-01-15");
  assert.ok(memo);
  assert.ok(memo.answers.every((a) => a.value && a.sources.every((s) => s.id && s.title && s.snippet)));
  assert.ok(memo.answers.some((a) => a.sources.some((s) => s.id === MEMO_003)));
  const missing = join(tmpdir(), "crosscheck-no-such-corpus");
  mkdirSync(missing, { recursive: true });
  rmSync(missing, { recursive: true });
  const bad = spawnSync(process.execPath, ["--import", "tsx", cli, "--corpus", missing], { cwd: PROJECT_ROOT, encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /cannot read the corpus/);
});

test("two sources wording one statement with different values disagree, though the core only mentions one side", async () => {
  const engine = await corpus({
    "a.md": "# Leave policy\n\nPrimary caregivers get 16 weeks of paid parental leave at Orvale.\n\nSecondary caregivers get 6 weeks of paid parental leave.\n\nLeave can start up to 2 weeks before the due date.",
    "b.md": "# Benefits update 2026\n\nStarting January 1, primary caregivers at Orvale get 18 weeks of fully paid parental leave.\n\nThe change was approved by the board in November.",
  });
  const { conflicts } = engine.conflicts();
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts.map((c) => c.topic)));
  assert.deepEqual(sides(conflicts[0]!).sort(), ["P16W: a", "P18W: b"]);
});

test("a code's section (\"401(k)\") is no number a report compares", async () => {
  const engine = await corpus({
    "a.md": "# Retirement\n\nOrvale matches contributions to the 401(k) up to 4% of salary.",
    "b.md": "# Onboarding\n\nOrvale matches contributions to the 401(k) up to 5% of salary.",
  });
  for (const c of engine.conflicts().conflicts) for (const a of c.answers) assert.notEqual(a.normalized, "401");
});

test("two documents each speaking of its own subject by a pronoun do not disagree: two deaths, not one", async () => {
  const files = {
    "varne.md": "# Tomas Varne\n\nTomas Varne was a shipwright and engineer of Orvale.\n\nHe died at his house in Orvale on 9 February 1901 and was buried at St Bride's.",
    "marrow.md": "# Ilse Marrow\n\nIlse Marrow was a chemist and mineral collector of Orvale.\n\nShe died at her house in Hexby on 16 January 1931 and was buried at St Bride's.",
  };
  assert.deepEqual((await corpus(files)).conflicts().conflicts.map((c) => c.topic), []);
});

test("a fact the sources share only names and \"will\" for is no fact: a parade leaving the ground, works beginning there", async () => {
  const engine = await corpus({
    "parade.md": "# Title parade\n\nAn open-top bus parade will leave Corran Park at 5pm on Sunday, May 17, 2026.",
    "works.md": "# Redevelopment\n\nOn April 9, 2026 Orvale Rovers said they will close Corran Park for a redevelopment.",
  });
  assert.deepEqual(engine.conflicts().conflicts.map((c) => c.topic), []);
});
