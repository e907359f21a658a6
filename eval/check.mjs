#!/usr/bin/env node
// Checks an evaluation set written for the project (corpus/, gold.jsonl, conflicts.jsonl).
//   node eval/check.mjs eval/hospital
// - exact keys; status and conflict flag as each category wants
// - 50-60 questions over 11-14 documents, one conflict question per planted disagreement
// - every line of gold.jsonl and conflicts.jsonl is valid JSON of the expected shape
// - every cited source stem is a document in corpus/
// - every expected value: for each cited source, at least one of its alternatives occurs in that
//   document (case-insensitive; a digits-only alternative must not touch other digits)
// - every planted disagreement: two or more values, each present in its sources, no source on both sides
// - document lengths 150-900 words, file stems lowercase, every category covered several times
// Notes (not errors): documents that contain a value's alternative but are not cited for it.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node eval/check.mjs SET_DIR");
  process.exit(2);
}
const here = resolve(dir);
const docs = new Map();
for (const f of readdirSync(join(here, "corpus"))) {
  const m = f.match(/^(.+)\.(md|txt)$/);
  if (m) docs.set(m[1], readFileSync(join(here, "corpus", f), "utf8").toLowerCase());
}
const errors = [], notes = [];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const has = (text, alt) => {
  const a = alt.toLowerCase();
  if (/^[\d.,]+$/.test(a)) return new RegExp(`(?<![\\d.,])${esc(a)}(?![\\d]|[.,]\\d)`).test(text);
  return text.includes(a);
};

for (const [id, text] of docs) {
  if (!/^[a-z0-9-]+$/.test(id)) errors.push(`bad stem ${id}`);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  const n = body.split(/\s+/).filter(Boolean).length;
  if (n < 150 || n > 900) errors.push(`${id}: ${n} words`);
}

const readJsonl = (name) => readFileSync(join(here, name), "utf8").split("\n").map((l, i) => [l, i + 1])
  .filter(([l]) => l.trim()).map(([l, n]) => {
    try { return { n, o: JSON.parse(l) }; } catch (e) { errors.push(`${name}:${n} invalid JSON`); return null; }
  }).filter(Boolean);

function checkValue(where, v, noteUncited = true) {
  if (!Array.isArray(v.any) || !v.any.length) return errors.push(`${where}: no alternatives`);
  if (!Array.isArray(v.sources) || !v.sources.length) return errors.push(`${where}: no sources`);
  for (const s of v.sources) {
    if (!docs.has(s)) { errors.push(`${where}: unknown source ${s}`); continue; }
    if (!v.any.some((a) => has(docs.get(s), a))) errors.push(`${where}: none of ${JSON.stringify(v.any)} in ${s}`);
  }
  if (noteUncited) for (const [id, t] of docs)
    if (!v.sources.includes(id) && v.any.some((a) => has(t, a))) notes.push(`${where}: ${JSON.stringify(v.any)} also in uncited ${id}`);
}

const conflicts = readJsonl("conflicts.jsonl");
for (const { n, o } of conflicts) {
  const w = `conflicts:${n}`;
  if (!o.topic || !Array.isArray(o.values) || o.values.length < 2) { errors.push(`${w}: bad shape`); continue; }
  o.values.forEach((v, i) => checkValue(`${w}[${i}]`, v, false));
  const seen = new Set();
  for (const v of o.values) for (const s of v.sources ?? []) { if (seen.has(s)) errors.push(`${w}: ${s} on both sides`); }
  o.values.forEach((v) => (v.sources ?? []).forEach((s) => seen.add(s)));
}
if (conflicts.length < 8) errors.push(`only ${conflicts.length} planted disagreements`);

const CATS = ["date", "number", "duration", "person", "organization", "place", "text", "agree", "conflict", "list", "passages", "not_found"];
const gold = readJsonl("gold.jsonl");
const per = new Map(), qs = new Set();
for (const { n, o } of gold) {
  const w = `gold:${n}`, e = o.expect ?? {};
  if (typeof o.q !== "string" || !o.q.trim()) errors.push(`${w}: no question`);
  if (qs.has(o.q)) errors.push(`${w}: duplicate question`); qs.add(o.q);
  if (!CATS.includes(o.cat)) errors.push(`${w}: bad cat ${o.cat}`);
  per.set(o.cat, (per.get(o.cat) ?? 0) + 1);
  if (o.cat === "not_found" && (e.status !== "not_found" || e.values)) errors.push(`${w}: not_found shape`);
  if (o.cat === "passages" && (e.status !== "passages" || e.values)) errors.push(`${w}: passages shape`);
  if (o.cat === "conflict" && (e.conflict !== true || (e.values ?? []).length < 2)) errors.push(`${w}: conflict shape`);
  if (!["not_found", "passages"].includes(o.cat) && !(e.values ?? []).length) errors.push(`${w}: no values`);
  // exact keys and status/conflict per category
  if (Object.keys(o).sort().join() !== "cat,expect,q") errors.push(`${w}: keys ${Object.keys(o)}`);
  for (const k of Object.keys(e)) if (!["status", "conflict", "values", "forbid", "top"].includes(k)) errors.push(`${w}: unknown expect key ${k}`);
  const vcat = !["not_found", "passages"].includes(o.cat);
  if (vcat && e.status !== "answered") errors.push(`${w}: status should be answered`);
  // (a list may carry a conflict flag: "only a source that states a different membership makes a conflict")
  if (o.cat === "list" ? "conflict" in e && typeof e.conflict !== "boolean" : ["passages", "not_found"].includes(o.cat) ? "conflict" in e : typeof e.conflict !== "boolean") errors.push(`${w}: conflict flag`);
  if (o.cat !== "conflict" && e.conflict === true) errors.push(`${w}: conflict true outside conflict category`);
  if (o.q !== o.q.trim() || /\n/.test(o.q)) errors.push(`${w}: whitespace in question`);
  (e.values ?? []).forEach((v, i) => checkValue(`${w} "${o.q}" [${i}]`, v, o.cat !== "list" && o.cat !== "conflict"));
  for (const t of e.top ?? []) if (!(e.values ?? []).some((v) => v.any.includes(t))) errors.push(`${w}: top ${t} not among values`);
  for (const f of e.forbid ?? []) for (const v of e.values ?? []) for (const a of v.any)
    if (a.toLowerCase().includes(f.toLowerCase())) errors.push(`${w}: forbid ${f} matches expected ${a}`);
}
for (const c of CATS) if ((per.get(c) ?? 0) < 3) errors.push(`category ${c}: only ${per.get(c) ?? 0}`);
if (gold.length < 50 || gold.length > 60) errors.push(`${gold.length} questions (want 50-60)`);
if (docs.size < 11 || docs.size > 14) errors.push(`${docs.size} documents (want 11-14)`);
if ((per.get("conflict") ?? 0) !== conflicts.length) errors.push(`conflict questions ${per.get("conflict") ?? 0} != planted disagreements ${conflicts.length}`);

console.log(`${docs.size} documents, ${conflicts.length} planted disagreements, ${gold.length} questions`);
console.log(CATS.map((c) => `${c} ${per.get(c) ?? 0}`).join(", "));
for (const x of notes) console.log(`note: ${x}`);
for (const x of errors) console.log(`ERROR: ${x}`);
process.exit(errors.length ? 1 : 0);
