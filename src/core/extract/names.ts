/**
 * Names of people, organizations and places in a sentence, with compromise: its people(),
 * organizations() and places() say what kind a name is; other capitalized runs are kept as names
 * of a guessed kind. Names are cleaned of titles and articles ("Defense Secretary Peter Hegseth"
 * → "Peter Hegseth", "The Washington Post" → "Washington Post") to compare them.
 */
import nlp from "compromise";
import type { AnswerType, Claim } from "../types.js";
import { STOP_WORDS } from "../search/terms.js";

interface Span {
  start: number;
  end: number;
}

/** Words of rank or office that stand before a name without being part of it. */
const TITLES = new Set(
  "defense defence secretary president vice prime minister foreign interior general lieutenant colonel major captain admiral sergeant senator sen rep representative congressman congresswoman governor gov mayor judge justice chief dr mr mrs ms miss sir lord lady king queen prince princess pope father saint st professor prof ambassador chancellor commissioner director spokesperson spokesman spokeswoman former late then acting deputy assistant attorney speaker chairman chairwoman ceo founder coach".split(" "),
);

/** A name as compared: no markdown, no trailing punctuation or possessive, no leading article. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[*_`"“”]/g, "")
    .replace(/['’]s$/i, "")
    .replace(/^[\s,.;:!?'’()[\]-]+|[\s,;:!?'’()[\]-]+$/g, "")
    .replace(/\.$/, (m) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(raw.trim()) ? m : ""))
    .replace(/^the\s+/i, "")
    .trim();
}

/** Drops leading titles from a person's name ("Defense Secretary Peter Hegseth" → "Peter Hegseth"). */
export function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!.toLowerCase().replace(/\.$/, ""))) i++;
  return words.slice(i).join(" ");
}

/** Last words that make a name an organization ("The Washington Post", "Campaign to Ban Landmines"). */
const ORG_HEADS = /\b(post|times|journal|herald|tribune|gazette|news|press|guardian|telegraph|chronicle|daily|magazine|reuters|agency|council|party|bank|university|college|institute|ministry|department|office|commission|committee|campaign|association|union|organi[sz]ation|foundation|group|corporation|corp|inc|ltd|company|co|network|league|federation|court|parliament|congress|senate|assembly|army|navy|police|pentagon|administration|club|fc|records|studios?)\.?$/i;

/** One word shaped like a nationality: "British", "Italian", "Irish", "Japanese", "Thai". */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ish|ese)$/u;

/** Where a capitalized run stops being one name: brackets, and page furniture after it. */
const RUN_BREAK = /\s*[()[\]|•·]\s*|\s+(?=(?:From|Retrieved|Official|Website|Wikipedia|Released|Hidden|Categories|Edit|Sign)\b)/g;

/** Splits a capitalized run at brackets and web-page chrome ("the Carpenters From Wikipedia"). */
function splitRun(sentence: string, run: Span): Span[] {
  const text = sentence.slice(run.start, run.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(RUN_BREAK)) {
    if ((m.index ?? 0) > from) out.push({ start: run.start + from, end: run.start + (m.index ?? 0) });
    from = (m.index ?? 0) + m[0].length;
  }
  if (from < text.length) out.push({ start: run.start + from, end: run.end });
  return out.filter((s) => /\p{Lu}/u.test(sentence.slice(s.start, s.end)) && !/^(From|Retrieved|Official|Website|Wikipedia|Released|Hidden|Categories|Edit|Sign)\b/.test(sentence.slice(s.start, s.end).trim()));
}

type Match = { offset: { start: number; length: number } };
/** compromise ends a hyphenated name at its hyphen ("Jay-" of "Jay-Z"): the span is made whole. */
function spansIn(sentence: string, matches: Match[]): Span[] {
  return matches.map((m) => {
    const start = m.offset.start;
    let end = start + m.offset.length;
    const rest = /^-?[\p{L}\p{N}]+/u.exec(sentence.slice(end));
    if (rest && (sentence[end - 1] === "-" || rest[0].startsWith("-"))) end += rest[0].length;
    return { start, end };
  });
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const covers = (a: Span, b: Span) => a.start <= b.start && a.end >= b.end;

/** Finds the names in a sentence. */
export function findNames(sentence: string): Claim[] {
  // Names are capitalized: a sentence with no capital after its first letter has none worth the parse.
  if (!/\p{Lu}/u.test(sentence.slice(1))) return [];
  const doc = nlp(sentence);
  const people = spansIn(sentence, doc.people().json({ offset: true }) as Match[]);
  const orgs = spansIn(sentence, doc.organizations().json({ offset: true }) as Match[]);
  const places = spansIn(sentence, doc.places().json({ offset: true }) as Match[]);
  // A demonym alone ("American pop rock band") describes; it does not name.
  const runs = spansIn(sentence, doc.match("#ProperNoun+").not("^#Demonym$").json({ offset: true }) as Match[]).flatMap((r) => splitRun(sentence, r));
  // Names compromise found that are not capitalized runs (rare) still count.
  for (const s of [...people, ...orgs, ...places]) if (!runs.some((r) => overlaps(r, s))) runs.push(s);

  const claims: Claim[] = [];
  for (const run of runs) {
    let raw = sentence.slice(run.start, run.end);
    // A nationality before a noun describes ("the British singer", "the Italian region"); it names nothing.
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(run.end))?.[1];
    if (DEMONYM.test(raw) && next && !STOP_WORDS.has(next)) continue;
    let start = run.start;
    // Keep a leading "The" in the value as written ("The Washington Post").
    const before = sentence.slice(Math.max(0, start - 4), start);
    if (/^The $/.test(before.slice(-4))) {
      start -= 4;
      raw = sentence.slice(start, run.end);
    }
    let type: AnswerType;
    let guessed = false;
    const words = cleanName(raw);
    if (ORG_HEADS.test(words) && words.includes(" ")) type = "organization";
    else if (people.some((p) => overlaps(p, run))) type = "person";
    else if (orgs.some((o) => overlaps(o, run))) type = "organization";
    else if (places.some((p) => covers(p, run) || covers(run, p) && p.end - p.start >= (run.end - run.start) * 0.6)) type = "place";
    else {
      type = "organization";
      guessed = true;
    }
    let name = cleanName(raw);
    if (type === "person") name = stripTitles(name);
    if (!name || !/\p{L}/u.test(name)) continue;
    let value = raw.replace(/[*_`]/g, "").replace(/[\s,;:!?'’)(-]+$/, "").replace(/\.$/, (m) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(raw.trim()) ? m : ""));
    // A person's value is the name as written, without the office before it.
    if (type === "person") {
      const bare = stripTitles(value.trim());
      start += value.trim().length - bare.length;
      value = bare;
    }
    claims.push({ type, value: value.trim(), normalized: name, start, end: run.end, guessed: guessed || undefined });
  }
  return claims;
}
