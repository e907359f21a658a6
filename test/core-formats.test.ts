/**
 * Documents as teams have them: PDF, Word, web pages, Markdown tables and lists, beside plain
 * text. Metadata from each format, structure as context (pages, heading paths, table rows as
 * statements, bullets under their lead-in), citations that say where they stand, and bad files
 * skipped with one sentence each while every other document still answers.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import { loadEngine } from "../src/core/snapshot/index.js";
import { CONTRACT_PDF_PAGES, makePdf, makeScannedPdf, makeZip, makeZipBombDocx, writeMixedCorpus } from "./fixtures/documents.js";

const root = mkdtempSync(join(tmpdir(), "crosscheck-formats-"));
after(() => rmSync(root, { recursive: true, force: true }));

const cited = (engine: QueryEngine, question: string) =>
  engine.ask(question).answers.flatMap((a) => a.sources.map((s) => ({ id: s.id, value: a.normalized, snippet: s.snippet, location: s.location })));

describe("a folder mixing .pdf, .docx, .html, .md and .txt", () => {
  let engine: QueryEngine;
  const dir = join(root, "mixed");
  before(async () => {
    await writeMixedCorpus(dir);
    engine = await QueryEngine.load(dir);
  });

  test("every file loads, with title, author and date from its format's own metadata", () => {
    assert.deepEqual(engine.report.skipped, []);
    const meta = Object.fromEntries(engine.documents.map((d) => [d.id, [d.title, d.author, d.date]]));
    assert.deepEqual(meta.contract, ["Crane service contract", "City of Riverton", "2026-02-03"], "PDF info");
    assert.deepEqual(meta.memo?.slice(0, 2), ["Renewal memo", "Bo Chen"], "DOCX core properties");
    assert.match(String(meta.memo?.[2]), /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(meta.plans, ["Acme plans", "Dee Ray", "2026-03-01"], "front matter");
    assert.deepEqual(meta.prices, ["Plans and prices", "Sam Wu", "2026-03-05"], "HTML <meta>");
    assert.equal(meta.notes?.[0], "Meeting notes");
  });

  test("a PDF is cited by page (and heading), a DOCX and a Markdown file by heading path", () => {
    const renewal = cited(engine, "when does the Acme contract renew?");
    assert.deepEqual(
      renewal.map((c) => [c.id, c.value, c.location]).sort(),
      [
        ["contract", "2026-05-01", "p. 2, Renewal"],
        ["memo", "2026-06-01", "Summary"],
      ],
    );
    assert.equal(engine.ask("when does the Acme contract renew?").status, "conflict");
  });

  test("a table row is a statement naming its header cells under its heading or caption, found by its row and column", () => {
    const plans = engine.document("plans")!;
    assert.ok(plans.sentences.includes("Plans — Plan: Basic; Price: $12/month; Seats: 3"), plans.sentences.join("\n"));
    assert.ok(!plans.sentences.some((s) => s.includes("| ")), "no run-on table text");
    const basic = cited(engine, "how much is the Basic plan?");
    assert.deepEqual(basic.map((c) => [c.id, c.value, c.location]).sort(), [
      ["plans", "12", "Pricing › Plans"],
      ["prices", "12", "Prices › Monthly prices"],
    ]);
    assert.deepEqual(basic.map((c) => c.snippet).sort(), ["Monthly prices — Plan: Basic; Price: $12/month", "Plans — Plan: Basic; Price: $12/month; Seats: 3"]);
    const pro = engine.ask("how much is the Pro plan?");
    assert.equal(pro.status, "conflict", "Markdown says $49, the web page $45");
    const memo = engine.document("memo")!;
    assert.ok(memo.sentences.includes("Fees — Service: Crane inspection; Fee: $900"), "a Word table, its first row the header");
  });

  test("a bullet is a sentence of its own after its list's lead-in", () => {
    const plans = engine.document("plans")!;
    assert.ok(plans.sentences.includes("What every plan includes: Support by email within two working days."));
    assert.ok(plans.sentences.includes("What every plan includes: A renewal reminder thirty days before the renewal date."));
    assert.ok(!plans.sentences.includes("What every plan includes:"), "the lead-in alone states nothing");
    assert.ok(engine.document("memo")!.sentences.includes("The memo lists these contacts: Dana Ortiz handles invoices."));
  });

  test("a web page gives its article: no navigation, footer or script text, and its scripts never run", () => {
    const prices = engine.document("prices")!;
    const text = prices.sentences.join("\n");
    assert.doesNotMatch(text, /Contact us today|All rights reserved|\$1 a month|hacked|pageScriptRan/);
    assert.equal((globalThis as { pageScriptRan?: boolean }).pageScriptRan, undefined);
    assert.match(text, /Every plan can be cancelled at any time/);
  });

  test("locations and headings survive the index snapshot", async () => {
    const cacheDir = join(root, "cache");
    assert.equal((await loadEngine(dir, { cacheDir })).from, "built");
    const restored = await loadEngine(dir, { cacheDir });
    assert.equal(restored.from, "snapshot");
    assert.deepEqual(cited(restored.engine, "how much is the Basic plan?"), cited(engine, "how much is the Basic plan?"));
    // "pricing" stands only in a heading: the sentence under it is found by it.
    const underPricing = restored.engine.index.find(["price"], 20).map((h) => h.sentence.text);
    assert.ok(underPricing.includes("What every plan includes: Support by email within two working days."), underPricing.join("\n"));
  });

  test("the disagreement report cites locations too", () => {
    const renewal = engine.conflicts().conflicts.find((c) => c.answers.some((a) => a.normalized === "2026-05-01"));
    assert.ok(renewal, "the renewal date is reported");
    assert.deepEqual(renewal.answers.flatMap((a) => a.sources.map((s) => s.location)).sort(), ["Summary", "p. 2, Renewal"]);
  });
});

describe("bad files are skipped with one sentence each, and the rest still answers", () => {
  let engine: QueryEngine;
  let skipped: Record<string, string>;
  const dir = join(root, "bad");
  before(async () => {
    await writeMixedCorpus(dir);
    const pdf = await makePdf(CONTRACT_PDF_PAGES);
    writeFileSync(join(dir, "locked.pdf"), await makePdf(CONTRACT_PDF_PAGES, { userPassword: "secret" }));
    writeFileSync(join(dir, "broken.pdf"), Buffer.concat([pdf.subarray(0, 20), Buffer.from("garbage that is no PDF structure at all")]));
    writeFileSync(join(dir, "scan.pdf"), await makeScannedPdf());
    writeFileSync(join(dir, "archive.docx"), makeZip({ "notes.txt": "The Acme contract renews on 1 July 2026." }));
    writeFileSync(join(dir, "bomb.docx"), makeZipBombDocx(12));
    writeFileSync(join(dir, "picture.pdf"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
    writeFileSync(join(dir, "renamed.txt"), pdf);
    copyFileSync(join(dir, "memo.docx"), join(dir, "memo-as-pdf.pdf"));
    engine = await QueryEngine.load(dir);
    skipped = Object.fromEntries(engine.report.skipped.map((s) => [s.file, s.reason]));
  });

  test("each is skipped with why", () => {
    assert.deepEqual(Object.keys(skipped).sort(), ["archive.docx", "bomb.docx", "broken.pdf", "locked.pdf", "memo-as-pdf.pdf", "picture.pdf", "renamed.txt", "scan.pdf"]);
    assert.match(skipped["locked.pdf"]!, /^encrypted PDF/);
    assert.match(skipped["broken.pdf"]!, /^damaged PDF/);
    assert.match(skipped["scan.pdf"]!, /^no text layer.*OCR/);
    assert.match(skipped["archive.docx"]!, /ZIP archive renamed \.docx/);
    assert.match(skipped["bomb.docx"]!, /decompression bomb/);
    assert.match(skipped["picture.pdf"]!, /not a PDF: its content is a PNG image/);
    assert.match(skipped["renamed.txt"]!, /binary file: its content is a PDF, not text/);
    assert.match(skipped["memo-as-pdf.pdf"]!, /not a PDF: its content is a Word document/);
    for (const reason of Object.values(skipped)) assert.doesNotMatch(reason, /\n/, "one sentence");
  });

  test("every good document still answers", () => {
    assert.equal(engine.report.documents, 5);
    assert.deepEqual(cited(engine, "when does the Acme contract renew?").map((c) => c.id).sort(), ["contract", "memo"]);
    assert.deepEqual(cited(engine, "how much is the Basic plan?").map((c) => c.id).sort(), ["plans", "prices"]);
  });
});
