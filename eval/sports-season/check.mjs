#!/usr/bin/env node
// Checks the sports-season dev set: valid JSON, known sources, every expected value present in
// each document cited for it, every planted conflict value present in its source, sane forbid/top,
// every category covered, documents of a sensible length.
//   node check.mjs
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname, extname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, "corpus");
const errors = [];
const err = (m) => errors.push(m);
const low = (s) => String(s).toLowerCase();

// corpus
const docs = new Map();
for (const f of readdirSync(corpusDir)) {
  const ext = extname(f);
  if (ext !== ".txt" && ext !== ".md") { err(`unexpected file in corpus: ${f}`); continue; }
  const stem = basename(f, ext);
  if (!/^[a-z0-9-]+$/.test(stem)) err(`file stem not short lowercase: ${f}`);
  const text = readFileSync(join(corpusDir, f), "utf8");
  docs.set(stem, low(text));
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 900) err(`${f}: ${words} words (want 150-900)`);
  if (ext === ".md" && text.startsWith("---")) {
    const fm = text.split("---")[1] ?? "";
    if (!/^date:\s*\d{4}-\d{2}-\d{2}/m.test(fm)) err(`${f}: front matter without date`);
    if (!/^title:/m.test(fm)) err(`${f}: front matter without title`);
  } else if (!text.split("\n")[0].trim()) err(`${f}: first line is not a title`);
}

const readJsonl = (name) =>
  readFileSync(join(here, name), "utf8").split("\n").map((l, i) => [l, i + 1])
    .filter(([l]) => l.trim())
    .map(([l, n]) => { try { return [JSON.parse(l), n]; } catch (e) { err(`${name}:${n}: bad JSON (${e.message})`); return null; } })
    .filter(Boolean);

const checkValue = (where, v) => {
  if (!Array.isArray(v.any) || !v.any.length) { err(`${where}: value without any[]`); return; }
  for (const a of v.any) if (a !== low(a)) err(`${where}: alternative not lowercase: ${a}`);
  if (!Array.isArray(v.sources) || !v.sources.length) { err(`${where}: value ${v.any[0]} without sources`); return; }
  for (const s of v.sources) {
    const text = docs.get(s);
    if (text === undefined) { err(`${where}: unknown source ${s}`); continue; }
    if (!v.any.some((a) => text.includes(low(a)))) err(`${where}: none of ${JSON.stringify(v.any)} in ${s}`);
  }
};

// conflicts.jsonl
const conflicts = readJsonl("conflicts.jsonl");
for (const [c, n] of conflicts) {
  const where = `conflicts.jsonl:${n}`;
  if (!c.topic) err(`${where}: no topic`);
  if (!Array.isArray(c.values) || c.values.length < 2) { err(`${where}: fewer than 2 values`); continue; }
  c.values.forEach((v) => checkValue(where, v));
  // the two sides must come from different documents
  const [a, b] = c.values;
  if (a.sources.some((s) => b.sources.includes(s))) err(`${where}: same source on both sides`);
}
if (conflicts.length < 9) err(`only ${conflicts.length} planted disagreements (want >= 9)`);

// gold.jsonl
const CATS = ["date", "number", "duration", "person", "organization", "place", "text",
  "agree", "conflict", "list", "passages", "not_found"];
const gold = readJsonl("gold.jsonl");
const byCat = new Map(CATS.map((c) => [c, 0]));
const seenQ = new Set();
const conflictTopicsAsked = new Set();
for (const [g, n] of gold) {
  const where = `gold.jsonl:${n}`;
  if (typeof g.q !== "string" || !g.q.trim()) err(`${where}: no q`);
  if (seenQ.has(g.q)) err(`${where}: duplicate question`);
  seenQ.add(g.q);
  if (!CATS.includes(g.cat)) err(`${where}: unknown cat ${g.cat}`);
  else byCat.set(g.cat, byCat.get(g.cat) + 1);
  const e = g.expect;
  if (!e || typeof e !== "object") { err(`${where}: no expect`); continue; }
  if (g.cat === "not_found" && e.status !== "not_found") err(`${where}: not_found cat with status ${e.status}`);
  if (g.cat === "passages" && e.status !== "passages") err(`${where}: passages cat with status ${e.status}`);
  if (["not_found", "passages"].includes(e.status) && (e.values ?? []).length) err(`${where}: values on a ${e.status} question`);
  if (g.cat === "conflict") {
    if (e.conflict !== true) err(`${where}: conflict cat without conflict: true`);
    if ((e.values ?? []).length < 2) err(`${where}: conflict with < 2 values`);
    const match = conflicts.find(([c]) => c.values.every((cv) => (e.values ?? []).some((ev) =>
      ev.any.some((a) => cv.any.includes(a)) && cv.sources.every((s) => ev.sources.includes(s)))));
    if (!match) err(`${where}: conflict question matches no line of conflicts.jsonl`);
    else conflictTopicsAsked.add(match[1]);
  } else if (e.conflict === true) err(`${where}: conflict: true outside the conflict category`);
  if (g.cat === "list" && (e.values ?? []).length < 2) err(`${where}: list with < 2 values`);
  if (!["not_found", "passages"].includes(e.status) && e.status !== "answered") err(`${where}: status ${e.status}`);
  (e.values ?? []).forEach((v) => checkValue(where, v));
  const alts = (e.values ?? []).flatMap((v) => v.any.map(low));
  for (const f of e.forbid ?? []) {
    if (f !== low(f)) err(`${where}: forbid not lowercase: ${f}`);
    if (alts.some((a) => a.includes(low(f)) || low(f).includes(a))) err(`${where}: forbid ${f} overlaps an expected value`);
  }
  for (const t of e.top ?? []) if (!alts.includes(low(t))) err(`${where}: top ${t} is not an expected value`);
  // questions must paraphrase: no run of 7 words copied from a document
  const qw = low(g.q).replace(/[^a-z0-9' -]/g, " ").split(/\s+/).filter(Boolean);
  for (let i = 0; i + 7 <= qw.length; i++) {
    const run = qw.slice(i, i + 7).join(" ");
    for (const [s, t] of docs) if (t.replace(/\s+/g, " ").includes(run)) err(`${where}: copies "${run}" from ${s}`);
  }
}
for (const [c, n] of conflicts) if (!conflictTopicsAsked.has(n)) err(`conflicts.jsonl:${n}: no gold question asks about it`);
for (const [c, k] of byCat) if (k < 3) err(`category ${c}: only ${k} questions`);

console.log(`${docs.size} documents, ${gold.length} questions, ${conflicts.length} planted disagreements`);
console.log([...byCat].map(([c, k]) => `${c} ${k}`).join(", "));
if (errors.length) { console.log(`\n${errors.length} problem(s):`); errors.forEach((m) => console.log(" - " + m)); process.exit(1); }
console.log("all checks passed");
