#!/usr/bin/env node
// Checks this dev set: JSON validity, source stems, expected and planted values present in the
// cited documents, document lengths, category coverage.
//   node check.mjs          (run from anywhere; paths are relative to this file)
// A value ({"any": [...], "sources": [...]}) passes when, for every cited source, at least one of
// its alternatives occurs (case-insensitively) in that document. Alternatives that occur in none
// of the cited documents are listed as notes when they are not normalized forms (ISO dates,
// ISO durations, plain digits of a grouped number, or word/digit variants of another alternative).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, "corpus");
const docs = new Map();
for (const f of readdirSync(corpusDir)) {
  const m = f.match(/^(.+)\.(md|txt)$/);
  if (m) docs.set(m[1], readFileSync(join(corpusDir, f), "utf8"));
}
const errors = [];
const notes = [];
const low = (s) => String(s).toLowerCase();

// documents
for (const [id, text] of docs) {
  if (!/^[a-z0-9-]+$/.test(id)) errors.push(`bad file stem ${id}`);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  const words = body.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 900) errors.push(`${id}: ${words} words (want 150-900)`);
  if (text.startsWith("---") && !/^---\ntitle: .+\n/.test(text)) errors.push(`${id}: front matter without title`);
}

const readJsonl = (name) =>
  readFileSync(join(here, name), "utf8").split("\n").map((l, i) => [l, i + 1]).filter(([l]) => l.trim())
    .map(([l, n]) => {
      try { return { n, obj: JSON.parse(l) }; } catch (e) { errors.push(`${name}:${n}: invalid JSON (${e.message})`); return null; }
    }).filter(Boolean);

const normalizedForm = (alt, alts) =>
  /^\d{4}-\d{2}(-\d{2})?$/.test(alt) || /^p\d+[ymwd]$/.test(alt) ||
  (/^\d+$/.test(alt) && alts.some((a) => a !== alt && a.replace(/,/g, "") === alt)) ||
  /^\d+ (years|days|months|weeks)$/.test(alt) || /^[a-z-]+ (years|days|months|weeks)$/.test(alt) ||
  /^(january|february|march|april|may|june|july|august|september|october|november|december) \d+, \d{4}$/.test(alt);

function checkValue(where, v) {
  if (!Array.isArray(v.any) || !v.any.length) { errors.push(`${where}: value without any`); return; }
  if (v.any.some((a) => a !== low(a) && !/^P\d+[YMWD]$/.test(a))) notes.push(`${where}: alternative not lowercase ${JSON.stringify(v.any)}`);
  for (const s of v.sources ?? []) {
    if (!docs.has(s)) { errors.push(`${where}: unknown source ${s}`); continue; }
    const t = low(docs.get(s));
    if (!v.any.some((a) => t.includes(low(a)))) errors.push(`${where}: none of ${JSON.stringify(v.any)} in ${s}`);
  }
  for (const a of v.any) {
    const inCited = (v.sources ?? []).some((s) => docs.has(s) && low(docs.get(s)).includes(low(a)));
    if (!inCited && !normalizedForm(low(a), v.any.map(low))) notes.push(`${where}: "${a}" is in no cited document`);
  }
}

// conflicts
const conflicts = readJsonl("conflicts.jsonl");
for (const { n, obj } of conflicts) {
  const where = `conflicts.jsonl:${n}`;
  if (!obj.topic) errors.push(`${where}: no topic`);
  if (!Array.isArray(obj.values) || obj.values.length < 2) { errors.push(`${where}: fewer than 2 values`); continue; }
  obj.values.forEach((v, i) => {
    if (!v.sources?.length) errors.push(`${where}: value ${i} without sources`);
    checkValue(`${where} value ${i}`, v);
  });
  const [a, b] = obj.values;
  if ((a.sources ?? []).some((s) => (b.sources ?? []).includes(s))) errors.push(`${where}: one source on both sides`);
}
if (conflicts.length < 8) errors.push(`only ${conflicts.length} planted disagreements (want 8+)`);

// gold
const CATS = ["date", "number", "duration", "person", "organization", "place", "text", "agree", "conflict", "list", "passages", "not_found"];
const gold = readJsonl("gold.jsonl");
const perCat = new Map();
const seenQ = new Set();
for (const { n, obj } of gold) {
  const where = `gold.jsonl:${n}`;
  if (typeof obj.q !== "string" || !obj.q.trim()) errors.push(`${where}: no q`);
  if (seenQ.has(low(obj.q))) errors.push(`${where}: duplicate question`);
  seenQ.add(low(obj.q));
  if (!CATS.includes(obj.cat)) errors.push(`${where}: bad cat ${obj.cat}`);
  perCat.set(obj.cat, (perCat.get(obj.cat) ?? 0) + 1);
  const e = obj.expect ?? {};
  if (!["answered", "passages", "not_found", undefined].includes(e.status)) errors.push(`${where}: bad status`);
  if ((e.status === "passages" || e.status === "not_found") && (e.values?.length || e.conflict)) errors.push(`${where}: ${e.status} with values/conflict`);
  if (obj.cat === "conflict" && (e.conflict !== true || (e.values ?? []).length < 2)) errors.push(`${where}: conflict question without conflict:true and 2 values`);
  if (obj.cat === "passages" && e.status !== "passages") errors.push(`${where}: passages cat, status ${e.status}`);
  if (obj.cat === "not_found" && e.status !== "not_found") errors.push(`${where}: not_found cat, status ${e.status}`);
  (e.values ?? []).forEach((v, i) => {
    if (!v.sources?.length) errors.push(`${where}: value ${i} without sources`);
    checkValue(`${where} value ${i}`, v);
  });
  const alts = (e.values ?? []).flatMap((v) => v.any).concat(e.top ?? []).map(low);
  for (const f of e.forbid ?? []) {
    if (alts.some((a) => a.includes(low(f)))) errors.push(`${where}: forbid "${f}" matches an expected value`);
  }
  if (e.top && e.values?.length && !e.top.some((t) => e.values.some((v) => v.any.some((a) => low(a).includes(low(t)) || low(t).includes(low(a))))))
    errors.push(`${where}: top matches no expected value`);
}
// every planted disagreement asked at least once
for (const { n, obj } of conflicts) {
  const asked = gold.some(({ obj: g }) => g.expect?.conflict === true &&
    obj.values.every((cv) => (g.expect.values ?? []).some((gv) => gv.any.some((a) => cv.any.map(low).includes(low(a))))));
  if (!asked) errors.push(`conflicts.jsonl:${n}: no gold question asks about "${obj.topic}"`);
}
for (const c of CATS) if ((perCat.get(c) ?? 0) < 3) errors.push(`category ${c}: ${perCat.get(c) ?? 0} questions (want 3+)`);

console.log(`${docs.size} documents, ${gold.length} questions, ${conflicts.length} planted disagreements`);
console.log("per category: " + CATS.map((c) => `${c} ${perCat.get(c) ?? 0}`).join(", "));
for (const m of notes) console.log(`note: ${m}`);
for (const m of errors) console.log(`ERROR: ${m}`);
if (errors.length) process.exit(1);
console.log("OK");
