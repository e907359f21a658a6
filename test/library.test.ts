/**
 * Adding and removing documents from chat, through the terminal chat (`/add PATH`, `/remove ID`)
 * and the library under it: what is written where, what the reply says (the disagreement the new
 * document brings), refusals that leave the corpus as it was, and nothing ever deleted.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import { runLine } from "../src/adapters/terminal/chat.js";
import { FolderLibrary, safeStem, type CorpusStore } from "../src/runtime/library.js";
import { EditorList } from "../src/runtime/editors.js";
import { disagreementsWith } from "../src/runtime/disagreements.js";
import type { CommandContext } from "../commands/index.js";
import { log } from "../src/log.js";
import { CONTRACT_PDF_PAGES, makeDocx, makePdf, MEMO_DOCX } from "./fixtures/documents.js";

// Additions and removals are logged on purpose; the assertions say what matters here.
log.level = "silent";

const root = mkdtempSync(join(tmpdir(), "crosscheck-library-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** A corpus folder with the contract (PDF), and a chat context whose library writes to it. */
async function corpusWithContract(name: string): Promise<{ dir: string; ctx: CommandContext; store: CorpusStore; library: FolderLibrary }> {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "contract.pdf"), await makePdf(CONTRACT_PDF_PAGES, { title: "Crane service contract" }));
  let engine = await QueryEngine.load(dir);
  const store: CorpusStore = { dir, engine: () => engine, reload: async () => (engine = await QueryEngine.load(dir)) };
  const library = new FolderLibrary(store, { editors: new EditorList(["U0EDITOR1", "100000000000000005"]), maxUploadBytes: 1024 * 1024 });
  return { dir, store, library, ctx: { engine: () => engine, library } };
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []);
const sourcesOf = (ctx: CommandContext, question: string) => ctx.engine().ask(question).answers.flatMap((a) => a.sources.map((s) => s.id)).sort();

describe("/add and /remove in the terminal chat", () => {
  let c: Awaited<ReturnType<typeof corpusWithContract>>;
  const inbox = join(root, "inbox");
  before(async () => {
    c = await corpusWithContract("terminal");
    mkdirSync(inbox, { recursive: true });
    writeFileSync(join(inbox, "Renewal Memo (final).docx"), await makeDocx(MEMO_DOCX));
    writeFileSync(join(inbox, "locked.pdf"), await makePdf(CONTRACT_PDF_PAGES, { userPassword: "secret" }));
    writeFileSync(join(inbox, "sheet.xlsx"), "not really a workbook");
  });

  test("/add PATH writes the file under uploads/ with a sidecar, and the reply names the disagreement it brings", async () => {
    const reply = await runLine(`/add "${join(inbox, "Renewal Memo (final).docx")}"`, c.ctx);
    assert.match(reply ?? "", /^✓ Added “Renewal memo” \(renewal-memo-final\): \d+ sentences\./);
    assert.match(reply ?? "", /It disagrees with 1 source on 1 fact:/);
    assert.match(reply ?? "", /1 June 2026 here, vs on 1 May 2026 \(contract, Crane service contract, p\. 2, Renewal\)/);
    assert.deepEqual(files(join(c.dir, "uploads")), [".renewal-memo-final.docx.json", "renewal-memo-final.docx"]);
    const sidecar = JSON.parse(readFileSync(join(c.dir, "uploads", ".renewal-memo-final.docx.json"), "utf8"));
    assert.equal(sidecar.originalName, "Renewal Memo (final).docx");
    assert.deepEqual(sidecar.addedBy, { platform: "terminal", userId: "terminal" });
    assert.match(sidecar.addedAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.match(sidecar.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(sourcesOf(c.ctx, "when does the Acme contract renew?"), ["contract", "renewal-memo-final"]);
  });

  test("the same content added again is reported as already there, and nothing is written", async () => {
    const before = files(c.dir);
    const reply = await runLine(`/add ${join(inbox, "Renewal Memo (final).docx")}`, c.ctx);
    assert.match(reply ?? "", /^= Renewal Memo \(final\)\.docx is already there, as “Renewal memo” \(renewal-memo-final\)\./);
    assert.deepEqual(files(c.dir), before);
  });

  test("a file that fails a check is refused with why, and the corpus is as it was", async () => {
    const before = files(c.dir);
    assert.match((await runLine(`/add ${join(inbox, "locked.pdf")}`, c.ctx)) ?? "", /^✗ locked\.pdf was not added: encrypted PDF/);
    assert.match((await runLine(`/add ${join(inbox, "sheet.xlsx")}`, c.ctx)) ?? "", /^✗ sheet\.xlsx was not added: crosscheck reads \.txt, \.md/);
    assert.match((await runLine(`/add ${join(inbox, "nowhere.pdf")}`, c.ctx)) ?? "", /^✗ nowhere\.pdf was not added: there is no file at/);
    assert.match((await runLine("/add", c.ctx)) ?? "", /^✗ Attach the document to add/);
    assert.deepEqual(files(c.dir), before);
  });

  test("/remove moves the document into .removed/ (nothing deleted) and the answers stop citing it", async () => {
    const reply = await runLine("/remove renewal-memo-final", c.ctx);
    assert.match(reply ?? "", /^✓ Removed “Renewal memo” \(renewal-memo-final\): moved to \.removed\/[\dT-]+Z\/uploads\/renewal-memo-final\.docx\./);
    assert.deepEqual(sourcesOf(c.ctx, "when does the Acme contract renew?"), ["contract"]);
    assert.deepEqual(files(join(c.dir, "uploads")), []);
    const removed = files(join(c.dir, ".removed"));
    assert.ok(removed.some((f) => f.endsWith("uploads/renewal-memo-final.docx")), removed.join(", "));
    assert.ok(removed.some((f) => f.endsWith("uploads/.renewal-memo-final.docx.json")), "the sidecar goes with it");
    assert.ok(removed.some((f) => f.endsWith("removed.json")), "who removed it, and when");
    assert.match((await runLine("/remove renewal-memo-final", c.ctx)) ?? "", /^✗ No document has the source id "renewal-memo-final"; \/sources lists them\./);
  });
});

describe("the library's rules", () => {
  test("only editors may add or remove; a refusal changes nothing", async () => {
    const c = await corpusWithContract("editors");
    const before = files(c.dir);
    let fetched = false;
    const file = { name: "memo.docx", fetch: async () => ((fetched = true), await makeDocx(MEMO_DOCX)) };
    assert.equal(c.library.mayEdit({ platform: "slack", userId: "U0EDITOR1" }), true);
    assert.equal(c.library.mayEdit({ platform: "slack", userId: "U0STRANGER" }), false);
    assert.equal(c.library.mayEdit({ platform: "discord", userId: "100000000000000009", managesServer: true }), true, "Manage Server");
    const { add } = await import("../commands/add.js");
    const result = await add.execute({ text: "", requester: { platform: "slack", userId: "U0STRANGER" }, files: [file] }, c.ctx);
    assert.equal(result.kind, "error");
    assert.match(result.kind === "error" ? result.message : "", /Only editors may add or remove documents\. Ask whoever runs crosscheck to add your user id \(your id is U0STRANGER\) to CORPUS_EDITORS\./);
    assert.equal(fetched, false, "nothing is downloaded for a refused request");
    assert.deepEqual(files(c.dir), before);
  });

  test("a given title replaces the file's own and stays after a reload; too large a file is refused before it is fetched", async () => {
    const c = await corpusWithContract("title");
    const bytes = Buffer.from("Crane notes\n\nThe Acme contract with Riverton renews on 1 May 2026, the notes confirm.\n");
    const outcome = await c.library.add({ name: "notes.txt", fetch: async () => bytes }, { platform: "slack", userId: "U0EDITOR1", place: "D0DM" }, "Harbor crane notes");
    assert.equal(outcome.status, "added");
    assert.equal(outcome.status === "added" && outcome.document.title, "Harbor crane notes");
    assert.deepEqual(outcome.status === "added" && outcome.disagreements, [], "it agrees with the contract");
    assert.equal((await c.store.reload()).document("notes")?.title, "Harbor crane notes");
    const sidecar = JSON.parse(readFileSync(join(c.dir, "uploads", ".notes.txt.json"), "utf8"));
    assert.equal(sidecar.from, "slack:D0DM");
    let fetched = false;
    const big = await c.library.add({ name: "big.pdf", size: 5 * 1024 * 1024, fetch: async () => ((fetched = true), Buffer.alloc(0)) }, { platform: "terminal", userId: "terminal" });
    assert.deepEqual(big, { status: "refused", name: "big.pdf", reason: "too large (5 MB; the limit is 1 MB)" });
    assert.equal(fetched, false);
  });

  test("the disagreement filter keeps the report's items that cite the source", async () => {
    const c = await corpusWithContract("filter");
    writeFileSync(join(c.dir, "memo.docx"), await makeDocx(MEMO_DOCX));
    const engine = await c.store.reload();
    assert.equal(disagreementsWith(engine, "memo").length, 1);
    assert.equal(disagreementsWith(engine, "nobody").length, 0);
  });

  test("safe names: no path, no odd characters, never empty", () => {
    assert.equal(safeStem("../../etc/passwd.pdf"), "passwd");
    assert.equal(safeStem("Q3 Report (Final) — Été.PDF"), "q3-report-final-ete");
    assert.equal(safeStem("???.pdf"), "document");
  });
});
