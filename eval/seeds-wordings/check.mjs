#!/usr/bin/env node
// Checks gold.jsonl and conflicts.jsonl in this folder against the corpus /work/main/seeds/.
//
//   node check.mjs [--corpus DIR]
//
// - every line is valid JSON with the expected shape (q, cat, expect; topic, values);
// - every source id (full stem or the part before "_") names exactly one document of the corpus;
// - every expected value alternative is stated in at least one of the documents its value cites,
//   and every cited document states at least one of the value's alternatives. An alternative is
//   "stated" when it occurs case-insensitively in the text, or its canonical form does: an ISO
//   date written out ("2025-12-02" -> "december 2, 2025" / "dec 2, 2025", "2024-07" -> "july
//   2024"), an ISO duration ("P90D" -> "90 days" / "90-day"), a number as a whole number, with
//   thousands separators or in words ("2000" -> "2,000", "5" -> "five");
// - status not_found / passages carry no values; conflict: true has at least two values;
// - `top` alternatives belong to an expected value, `forbid` alternatives match no expected value;
// - no question repeats one of /work/shared/eval/seeds-dev.jsonl.
// Exit 0 when everything passes, 1 otherwise (each problem is printed).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, basename, extname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const ci = process.argv.indexOf("--corpus");
const corpus = ci > 0 ? process.argv[ci + 1] : "/work/main/seeds";
const CATS = ["date", "number", "duration", "person", "organization", "place", "text",
  "agree", "conflict", "list", "passages", "not_found"];
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

const norm = (s) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
const docs = new Map();
for (const f of readdirSync(corpus)) {
  if (![".txt", ".md"].includes(extname(f))) continue;
  docs.set(basename(f, extname(f)), norm(readFileSync(join(corpus, f), "utf8")));
}
const resolve = (id) => [...docs.keys()].filter((k) => k === id || k.startsWith(`${id}_`));

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december"];
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", "twenty"];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Ways a document may state an alternative.
function forms(alt) {
  const a = alt.toLowerCase();
  let m;
  if ((m = a.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    const mon = MONTHS[+m[2] - 1], d = +m[3];
    return [a, `${mon} ${d}, ${m[1]}`, `${mon.slice(0, 3)} ${d}, ${m[1]}`, `${d} ${mon} ${m[1]}`];
  }
  if ((m = a.match(/^(\d{4})-(\d{2})$/))) return [a, `${MONTHS[+m[2] - 1]} ${m[1]}`];
  if ((m = a.match(/^p(\d+)d$/))) return [`${m[1]} days`, `${m[1]}-day`];
  if ((m = a.match(/^p(\d+)m$/))) return [`${m[1]} months`, `${m[1]}-month`];
  return [a];
}
function states(text, alt) {
  if (/^\d+$/.test(alt)) {
    const n = +alt;
    const pats = [alt, n.toLocaleString("en-US")].map((s) => new RegExp(`(^|[^\\d,.])${esc(s)}(?![\\d]|,\\d)`));
    if (pats.some((p) => p.test(text))) return true;
    return n < WORDS.length && new RegExp(`\\b${WORDS[n]}\\b`).test(text);
  }
  return forms(alt).some((f) => text.includes(f));
}

function checkValues(where, values) {
  if (!Array.isArray(values)) return bad(where, "values is not a list");
  values.forEach((v, i) => {
    const w = `${where} value ${i + 1} ${JSON.stringify(v.any)}`;
    if (!Array.isArray(v.any) || !v.any.length || v.any.some((a) => typeof a !== "string" || !a))
      return bad(w, "any must be a non-empty list of strings");
    if (!Array.isArray(v.sources) || !v.sources.length) return bad(w, "no sources");
    const texts = [];
    for (const s of v.sources) {
      const r = resolve(s);
      if (r.length !== 1) bad(w, `source ${s} matches ${r.length} documents`);
      else texts.push([r[0], docs.get(r[0])]);
    }
    for (const a of v.any)
      if (!texts.some(([, t]) => states(t, a))) bad(w, `"${a}" is stated in none of its sources`);
    for (const [id, t] of texts)
      if (!v.any.some((a) => states(t, a))) bad(w, `${id} states none of ${JSON.stringify(v.any)}`);
  });
}

function lines(file) {
  const p = join(here, file);
  if (!existsSync(p)) { bad(file, "missing"); return []; }
  return readFileSync(p, "utf8").split("\n").map((l, i) => [l, i + 1]).filter(([l]) => l.trim())
    .map(([l, n]) => { try { return [JSON.parse(l), n]; } catch (e) { bad(`${file}:${n}`, `not JSON (${e.message})`); return null; } })
    .filter(Boolean);
}

// gold.jsonl
const seen = new Set();
const dev = existsSync("/work/shared/eval/seeds-dev.jsonl")
  ? new Set(readFileSync("/work/shared/eval/seeds-dev.jsonl", "utf8").split("\n").filter((l) => l.trim())
      .map((l) => JSON.parse(l).q.toLowerCase().trim()))
  : new Set();
const perCat = {};
const gold = lines("gold.jsonl");
for (const [g, n] of gold) {
  const w = `gold.jsonl:${n}`;
  if (typeof g.q !== "string" || !g.q.trim()) bad(w, "no question");
  const key = String(g.q).toLowerCase().trim();
  if (seen.has(key)) bad(w, "duplicate question");
  if (dev.has(key)) bad(w, "repeats a seeds-dev question");
  seen.add(key);
  if (!CATS.includes(g.cat)) bad(w, `cat ${g.cat} unknown`);
  perCat[g.cat] = (perCat[g.cat] ?? 0) + 1;
  const e = g.expect;
  if (!e || typeof e !== "object") { bad(w, "no expect"); continue; }
  const known = ["status", "conflict", "values", "top", "forbid"];
  for (const k of Object.keys(e)) if (!known.includes(k)) bad(w, `unknown expect field ${k}`);
  if (e.status && !["answered", "not_found", "passages"].includes(e.status)) bad(w, `status ${e.status}`);
  if ((e.status === "not_found" || e.status === "passages") && (e.values || e.top || e.conflict))
    bad(w, `${e.status} with values/top/conflict`);
  if (g.cat === "not_found" && e.status !== "not_found") bad(w, "not_found category without not_found status");
  if (g.cat === "passages" && e.status !== "passages") bad(w, "passages category without passages status");
  if (e.conflict != null && typeof e.conflict !== "boolean") bad(w, "conflict must be boolean");
  if (e.conflict === true && (e.values ?? []).length < 2) bad(w, "conflict with fewer than two values");
  if (g.cat === "conflict" && e.conflict !== true) bad(w, "conflict category without conflict: true");
  if (e.values) checkValues(w, e.values);
  const alts = (e.values ?? []).flatMap((v) => v.any ?? []).map((a) => a.toLowerCase());
  for (const t of e.top ?? [])
    if (!alts.some((a) => a.includes(t.toLowerCase()))) bad(w, `top "${t}" is not part of an expected value`);
  for (const f of e.forbid ?? [])
    if (alts.some((a) => a.includes(f.toLowerCase()))) bad(w, `forbid "${f}" matches an expected value`);
}

// conflicts.jsonl
const conflicts = lines("conflicts.jsonl");
for (const [c, n] of conflicts) {
  const w = `conflicts.jsonl:${n}`;
  if (typeof c.topic !== "string" || !c.topic) bad(w, "no topic");
  if (!Array.isArray(c.values) || c.values.length < 2) bad(w, "fewer than two values");
  else {
    checkValues(w, c.values);
    const ids = c.values.map((v) => new Set(v.sources.flatMap(resolve)));
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++)
      for (const s of ids[i]) if (ids[j].has(s)) bad(w, `${s} is on both sides`);
  }
}

for (const p of problems) console.log(`PROBLEM ${p}`);
console.log(`${gold.length} questions: ${Object.entries(perCat).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`${conflicts.length} conflicts; ${docs.size} documents in ${corpus}`);
console.log(problems.length ? `${problems.length} problems` : "all checks pass");
process.exit(problems.length ? 1 : 0);
