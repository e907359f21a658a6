#!/usr/bin/env node
// Checks the company-wiki dev set:
//  - every line of gold.jsonl and conflicts.jsonl is valid JSON with the expected shape;
//  - every source stem exists in corpus/;
//  - every expected value (some alternative of `any`) appears, case-insensitively, in each
//    document cited for it, and every planted conflict value appears in its sources;
//  - forbid/top are sane (no forbidden string inside an expected alternative; top matches an expected value);
//  - every category is covered, every planted disagreement is asked about at least once;
//  - documents are 150-900 words, .md front matter has title and date, .txt starts with a title line.
//   node check.mjs
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname, extname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, "corpus");
const errors = [];
const err = (m) => errors.push(m);
const low = (s) => String(s).toLowerCase();

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
  if (ext === ".md") {
    if (!text.startsWith("---\n")) err(`${f}: no front matter`);
    const fm = text.split("---")[1] ?? "";
    if (!/^date:\s*\d{4}-\d{2}-\d{2}\s*$/m.test(fm)) err(`${f}: front matter without date`);
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
  for (const a of v.any) if (typeof a !== "string" || a !== low(a) || !a.trim()) err(`${where}: bad alternative ${JSON.stringify(a)}`);
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
  const [a, b] = c.values;
  if ((a.sources ?? []).some((s) => (b.sources ?? []).includes(s))) err(`${where}: same source on both sides`);
  // the two values must not match each other (else a scorer could not tell them apart)
  for (const x of a.any) for (const y of b.any) if (x.includes(y) || y.includes(x)) err(`${where}: values overlap: ${x} / ${y}`);
}
if (conflicts.length < 10) err(`only ${conflicts.length} planted disagreements (want >= 10)`);

// gold.jsonl
const CATS = ["date", "number", "duration", "person", "organization", "place", "text",
  "agree", "conflict", "list", "passages", "not_found"];
const gold = readJsonl("gold.jsonl");
const byCat = new Map(CATS.map((c) => [c, 0]));
const seenQ = new Set();
const asked = new Set();
const sig = (vals) => vals.map((v) => [...v.any].sort().join("|")).sort().join(" vs ");
const conflictSigs = new Map(conflicts.map(([c]) => [c.values.map((v) => v.any[0]).sort().join(" vs "), c.topic]));
for (const [g, n] of gold) {
  const where = `gold.jsonl:${n}`;
  if (typeof g.q !== "string" || !g.q.trim()) err(`${where}: no q`);
  if (seenQ.has(g.q)) err(`${where}: duplicate question`);
  seenQ.add(g.q);
  if (!CATS.includes(g.cat)) err(`${where}: unknown cat ${g.cat}`);
  else byCat.set(g.cat, byCat.get(g.cat) + 1);
  const e = g.expect;
  if (!e || typeof e !== "object") { err(`${where}: no expect`); continue; }
  for (const k of Object.keys(e)) if (!["status", "conflict", "values", "top", "forbid"].includes(k)) err(`${where}: unknown expect key ${k}`);
  if (e.status && !["answered", "passages", "not_found"].includes(e.status)) err(`${where}: bad status ${e.status}`);
  if (g.cat === "not_found" && (e.status !== "not_found" || e.values)) err(`${where}: not_found cat must expect only status not_found`);
  if (g.cat === "passages" && (e.status !== "passages" || e.values)) err(`${where}: passages cat must expect only status passages`);
  if (g.cat === "conflict") {
    if (e.conflict !== true) err(`${where}: conflict cat without conflict: true`);
    if (!e.values || e.values.length < 2) err(`${where}: conflict without two values`);
    else {
      const key = e.values.map((v) => v.any[0]).sort().join(" vs ");
      if (!conflictSigs.has(key)) err(`${where}: values match no planted conflict (${key})`);
      else asked.add(key);
    }
  } else if (!["not_found", "passages"].includes(g.cat)) {
    if (e.status !== "answered") err(`${where}: want status answered`);
    if (e.conflict !== false) err(`${where}: ordinary question without conflict: false`);
    if (!e.values || !e.values.length) err(`${where}: no values`);
  }
  if (g.cat === "list" && (e.values ?? []).length < 2) err(`${where}: list with fewer than 2 items`);
  const alts = [];
  (e.values ?? []).forEach((v) => { checkValue(where, v); alts.push(...(v.any ?? [])); });
  for (const f of e.forbid ?? []) {
    if (f !== low(f)) err(`${where}: forbid not lowercase: ${f}`);
    for (const a of alts) if (a.includes(f)) err(`${where}: forbidden "${f}" is inside expected "${a}"`);
  }
  for (const t of e.top ?? []) {
    if (t !== low(t)) err(`${where}: top not lowercase: ${t}`);
    if (!alts.includes(t)) err(`${where}: top "${t}" is not an expected alternative`);
  }
  // a question should not copy a document sentence: no 8-word run shared with any document
  const qw = low(g.q).replace(/[^a-z0-9 ]/g, " ").split(/\s+/).filter(Boolean);
  for (let i = 0; i + 8 <= qw.length; i++) {
    const run = qw.slice(i, i + 8).join(" ");
    for (const [s, t] of docs) if (t.replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").includes(run)) err(`${where}: question copies "${run}" from ${s}`);
  }
}
for (const [key, topic] of conflictSigs) if (!asked.has(key)) err(`planted conflict never asked: ${topic}`);
for (const [c, k] of byCat) if (k < 3) err(`category ${c} has only ${k} questions (want several)`);

console.log(`${docs.size} documents, ${conflicts.length} planted disagreements, ${gold.length} questions`);
console.log([...byCat].map(([c, k]) => `${c} ${k}`).join(", "));
if (errors.length) { console.log(`\n${errors.length} problem(s):\n` + errors.join("\n")); process.exit(1); }
console.log("ok");
