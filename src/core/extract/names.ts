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
const ORG_HEADS = /\b(post|times|journal|herald|tribune|gazette|news|press|guardian|telegraph|chronicle|daily|magazine|reuters|agency|council|party|bank|university|college|institute|ministry|department|office|commission|committee|campaign|association|union|organi[sz]ation|foundation|group|corporation|corp|inc|ltd|company|co|network|league|federation|court|parliament|congress|senate|assembly|army|navy|police|pentagon|administration|authority|club|fc|records|studios?)\.?$/i;

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

/** Lower-case words that join two parts of one name: "Slim the Mobster", "Ludwig van Beethoven". */
const JOINING = "the|van|von|de|da|del|der|di|du|bin|ibn|al";
/** …and all those a name may hold ("University of Oxford", "Paris and Rome" is two). */
const PARTICLE = new RegExp(`^(?:${JOINING}|of|and|for|la|le|y)$`);
/** Between two parts of one name: initials ("Carl A. Gregory") or a joining particle. */
const NAME_GLUE = new RegExp(`^\\s+(?:(?:\\p{Lu}\\.\\s*)+|(?:${JOINING})\\s+)$`, "u");
/** Initials before a name: "J. Searle Dawley". */
const INITIALS_BEFORE = /(?:^|[\s(])((?:\p{Lu}\.\s*)+)$/u;
/** What may end a name after its last word: a regnal number ("Clotaire I", "Cleombrotus II") or a letter ("Symphony X", "Boney M."). */
const NAME_TAIL = /^\s+(?:[IVX]{1,4}|\p{Lu}\.?)(?![\p{L}\p{N}])/u;

/** The word starting at an offset, lower-cased ("it" for "It was…"). */
function firstWord(sentence: string, at: number): string {
  return /^[\p{L}']+/u.exec(sentence.slice(at))?.[0].toLowerCase() ?? "";
}

/**
 * Capitalized runs made whole: compromise cuts names at initials, particles and regnal numbers,
 * which belong to them.
 */
function wholeNames(sentence: string, runs: Span[]): Span[] {
  const sorted = [...runs].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const run of sorted) {
    const last = out[out.length - 1];
    if (last && run.start < last.end) continue; // inside one already kept
    if (last && NAME_GLUE.test(sentence.slice(last.end, run.start)) && !STOP_WORDS.has(firstWord(sentence, run.start))) {
      last.end = run.end;
      continue;
    }
    out.push({ ...run });
  }
  for (const run of out) {
    // A description before the name ("Frankish king Clotaire", "Euro-Caribbean group Boney M.")
    // ends at its last lower-case word that is not a particle of the name.
    const words = [...sentence.slice(run.start, run.end).matchAll(/\S+/g)];
    for (let i = words.length - 2; i >= 1; i--) {
      if (/^\p{Ll}/u.test(words[i]![0]) && !PARTICLE.test(words[i]![0])) {
        run.start += words[i + 1]!.index!;
        break;
      }
    }
    const initials = INITIALS_BEFORE.exec(sentence.slice(Math.max(0, run.start - 12), run.start))?.[1];
    if (initials && !STOP_WORDS.has(firstWord(sentence, run.start))) run.start -= initials.length;
    const tail = NAME_TAIL.exec(sentence.slice(run.end));
    if (tail) run.end += tail[0].length;
  }
  return out;
}

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
  for (const run of wholeNames(sentence, runs)) {
    let raw = sentence.slice(run.start, run.end);
    // A capitalized function word at a sentence's start ("It was released…") names nothing.
    if (STOP_WORDS.has(raw.toLowerCase())) continue;
    // A nationality before a noun describes ("the British singer", "the Italian region"); it names nothing.
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(run.end))?.[1];
    if (DEMONYM.test(raw) && next && !STOP_WORDS.has(next)) continue;
    // So does one name before a role and another name: "Tyler" in "Tyler architect Carl A. Gregory".
    if (!/\s/.test(raw.trim()) && /^\s+\p{Ll}+\s+\p{Lu}/u.test(sentence.slice(run.end)) && next && !STOP_WORDS.has(next)) continue;
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
