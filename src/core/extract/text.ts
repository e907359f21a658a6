/**
 * Free-text answers ("What sport is Bobby Carpenter associated with?"): the phrase a sentence
 * says its subject is, after "is/was/are/were" ("…is a former American football linebacker"),
 * cut at the first clause boundary. Compared by their content words.
 */
import type { Claim } from "../types.js";
import { posTagged, type TaggedText } from "../nlp/wink.js";
import { STOP_WORDS } from "../search/terms.js";

const COPULA = /\b(?:is|was|are|were|became|becomes|remains|served as|is known as|was known as|commonly known as|plays as|played as|plays for|played for|refers to|referred to)\s+/g;
const BOUNDARY = /[,;:()[\]]|\s(?:who|which|that|where|when|whose|and was|and is|but|since|after|before|from \d)\s|[.!?](?:\s|$)/i;
const MAX_WORDS = 12;

/** Parts of speech a noun phrase is made of, after its determiner. */
const NOUN_PHRASE_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * The noun phrase a predicate opens with ("an American actor" in "an American actor best known
 * for…"), from wink-nlp's part-of-speech tags; hyphenated words stay whole ("American-born") and
 * one "of" or "and" may join a second phrase ("a member of the Liberal Party", "writer and
 * comedian"). Undefined when the predicate does not start with a determiner: "was married to…"
 * and "was born in…" say something of the subject but not what it is.
 */
function definingNounPhrase(predicate: string): string | undefined {
  const { words, tags, spaces } = posTagged(predicate.slice(0, 300));
  if (tags[0] !== "DET" || /^(no|this|that|these|those|each|every|some|any|all)$/i.test(words[0] ?? "")) return undefined;
  const dash = (j: number) => /^[-–]$/.test(words[j] ?? "");
  let end = 1; // exclusive
  let joined = false;
  let headSeen = false;
  for (let i = 1; i < words.length; i++) {
    const tag = tags[i]!;
    // Parts of one hyphenated word ("All-American", "11–18"), whatever their tags.
    const glued = (spaces[i] === "" && dash(i - 1)) || dash(i) || (spaces[i + 1] === "" && dash(i + 1));
    // A participle that modifies a following noun ("a maintained selective grammar school").
    const modifier = tag === "VERB" && /(ed|ing)$/.test(words[i]!) && NOUN_PHRASE_POS.has(tags[i + 1] ?? "") && tags[i + 1] !== "NUM";
    if (NOUN_PHRASE_POS.has(tag) || glued || modifier) {
      end = i + 1;
      if (tag === "NOUN" || tag === "PROPN") headSeen = true;
      continue;
    }
    // One join: "writer and comedian", "member of the Quebec Liberal Party".
    if (!joined && headSeen && /^(and|of)$/i.test(words[i]!) && (NOUN_PHRASE_POS.has(tags[i + 1] ?? "") || tags[i + 1] === "DET")) {
      joined = true;
      if (tags[i + 1] === "DET") i++;
      continue;
    }
    break;
  }
  if (!headSeen) return undefined;
  let text = "";
  for (let i = 0; i < end; i++) text += (i ? spaces[i] ?? "" : "") + (words[i] ?? "");
  return text;
}

/**
 * Finds what a sentence predicates of its subject. `subjectPositions` are the character offsets
 * of the subject's words, when known (the predicate must follow the subject). A predicate that
 * defines the subject ("is a former American football linebacker") is its noun phrase; any other
 * ("was born in Spokane") is kept whole to the clause's end but marked `guessed`: it may be the
 * answer, less likely than a definition.
 */
export function findPredicates(sentence: string, subjectPositions: readonly number[] = []): Claim[] {
  const claims: Claim[] = [];
  for (const m of sentence.matchAll(COPULA)) {
    const at = (m.index ?? 0) + m[0].length;
    if (subjectPositions.length && !subjectPositions.some((p) => p < (m.index ?? 0))) continue;
    const rest = sentence.slice(at);
    const defining = definingNounPhrase(rest);
    if (defining && rest.startsWith(defining)) {
      claims.push({ type: "text", value: defining, normalized: normalizeText(defining), start: at, end: at + defining.length });
      break;
    }
    const stop = BOUNDARY.exec(rest);
    let phrase = (stop ? rest.slice(0, stop.index) : rest).trim();
    const words = phrase.split(/\s+/);
    if (words.length > MAX_WORDS) phrase = words.slice(0, MAX_WORDS).join(" ");
    phrase = phrase.replace(/[\s.,;:]+$/, "");
    if (!phrase || !/\p{L}/u.test(phrase) || /^(not|also|being|been|to|in|on|at|by)\b/i.test(phrase)) continue;
    const start = at + rest.indexOf(phrase);
    claims.push({ type: "text", value: phrase, normalized: normalizeText(phrase), start, end: start + phrase.length, guessed: true });
    break; // the first predicate after the subject is the one it is about
  }
  return claims;
}

/** Words that end a noun phrase going leftwards ("a member of the Quebec Liberal Party"). */
const PHRASE_EDGE = /^(?:a|an|the|of|in|on|at|by|for|to|from|with|as|and|or|is|was|are|were|be|been|its|his|her|their|this|that|which|who|it)$/i;

/**
 * The noun phrase a sentence builds on the noun the question asks for: "What political party…"
 * finds "the Quebec Liberal Party", "Which line…" finds "the Zamoskvoretskaya line".
 */
export function findFocusPhrases(sentence: string, focusTerm: string, termOf: (word: string) => string | null): Claim[] {
  const claims: Claim[] = [];
  const words = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu)];
  words.forEach((w, i) => {
    if (termOf(w[0].toLowerCase()) !== focusTerm) return;
    let j = i;
    while (j > 0 && i - j < 4 && !PHRASE_EDGE.test(words[j - 1]![0]) && !/[,;:()]/.test(sentence.slice(words[j - 1]!.index! + words[j - 1]![0].length, words[j]!.index))) j--;
    if (j === i) return; // the bare noun says nothing ("the party")
    const start = words[j]!.index!;
    const end = w.index! + w[0].length;
    const phrase = sentence.slice(start, end);
    claims.push({ type: "text", value: phrase, normalized: normalizeText(phrase), start, end });
  });
  return claims;
}

/** A text answer as compared: lower case, no leading article. */
export function normalizeText(phrase: string): string {
  return phrase.toLowerCase().replace(/^(a|an|the)\s+/, "").replace(/\s+/g, " ").trim();
}

/** The longest name of a kind tried, in words ("cross-country skiing" is two). */
const MAX_KIND_WORDS = 3;

/** What a sentence may know about kinds: names written with capitals, and kinds named by part of their name. */
interface KindNames extends ReadonlySet<string> {
  readonly proper?: ReadonlySet<string>;
  readonly aliases?: ReadonlyMap<string, string>;
  readonly predicated?: boolean;
}

/** The singular a plural noun may have ("politicians", "churches", "companies"). */
function singulars(word: string): string[] {
  if (!/[^s]s$/.test(word)) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  return out;
}

/**
 * The activity an agent noun does, when it is a kind: a "skier" skis ("skiing"), a "cricketer"
 * plays cricket, a "tennis player" tennis.
 */
function activities(word: string): string[] {
  const m = /^(.{3,}?)(?:er|ist|or)$/.exec(word);
  return m ? [m[1]!, `${m[1]}ing`] : [];
}

/**
 * The kind a span names, if any: as written, as a plural, as one who does it ("cross-country
 * skier"), or by part of a kind's name.
 */
function kindNamed(value: string, kinds: KindNames): string | undefined {
  const capitalized = /^\p{Lu}/u.test(value);
  const named = (k: string) => {
    if (kinds.has(k) && (capitalized || !kinds.proper?.has(k))) return k;
    const whole = kinds.aliases?.get(k);
    return whole && capitalized ? whole : undefined;
  };
  const forms = [...new Set([value.toLowerCase().replace(/[\s-]+/g, " "), value.toLowerCase()])];
  for (const form of forms) {
    const found = named(form);
    if (found) return found;
  }
  for (const form of forms) {
    const cut = form.lastIndexOf(" ") + 1;
    const [head, last] = [form.slice(0, cut), form.slice(cut)];
    for (const one of singulars(last)) {
      const found = named(head + one);
      if (found) return found;
    }
    const doers = head && /^players?$/.test(last) ? [head.trimEnd()] : activities(last).map((a) => head + a);
    for (const done of doers) {
      const found = named(done);
      if (found) return found;
    }
  }
  return undefined;
}

const lastWords = new WeakMap<KindNames, ReadonlySet<string>>();
/** The rest of a hyphenated compound a word opens: "-language" of "Assamese-language". */
const COMPOUND_TAIL = /^(?:-[\p{L}]+)+/u;

/** The words kinds (and their other names) end with, computed once per set of kinds. */
function lastWordsOf(kinds: KindNames): ReadonlySet<string> {
  let last = lastWords.get(kinds);
  if (!last) {
    const words = new Set<string>();
    for (const k of [...kinds, ...(kinds.aliases?.keys() ?? [])]) {
      const parts = k.toLowerCase().split(/[\s-]+/);
      words.add(parts[parts.length - 1]!);
      words.add(k.toLowerCase().split(" ").pop()!);
    }
    lastWords.set(kinds, (last = words));
  }
  return last;
}

/**
 * The kinds a sentence names ("golf" in "…at Rinkven International Golf Club"), for a question
 * asking which kind of thing: the longest match at each word, never two overlapping. A kind
 * WordNet writes as a name is found only written so ("Labour", not "labour").
 */
export function findKinds(sentence: string, kinds: KindNames): Claim[] {
  const words = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)];
  // Only a word some kind ends with (or its plural, or one who does it) can end a span naming one:
  // checking that first spares building and looking up every span of every sentence.
  const last = lastWordsOf(kinds);
  const mayEnd = words.map(([w]) => {
    const word = w.toLowerCase();
    return last.has(word) || /^players?$/.test(word) || singulars(word).some((x) => last.has(x)) || activities(word).some((x) => last.has(x));
  });
  const claims: Claim[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_KIND_WORDS, words.length - i); n >= 1; n--) {
      if (!mayEnd[i + n - 1]) continue;
      const start = words[i]!.index!;
      const last = words[i + n - 1]!;
      const kindEnd = last.index! + last[0].length;
      const kind = kindNamed(sentence.slice(start, kindEnd), kinds);
      if (!kind) continue;
      // The value is worded as the source words it: a kind that opens a hyphenated compound
      // ("Assamese-language", "English-speaking") is quoted whole, and stays that kind.
      const end = kindEnd + (COMPOUND_TAIL.exec(sentence.slice(kindEnd))?.[0].length ?? 0);
      claims.push({ type: "text", value: sentence.slice(start, end), normalized: kind, start, end });
      i += n - 1;
      while (i + 1 < words.length && words[i + 1]!.index! < end) i++;
      break;
    }
  }
  // Of two names of kinds in a row, the first qualifies the second: "an Indian Finnish-language series" is in Finnish.
  const proper = (c: Claim) => kinds.proper?.has(c.normalized) === true;
  return claims.filter((c, i) => {
    const next = claims[i + 1];
    return !(next && proper(c) && proper(next) && /^ $/.test(sentence.slice(c.end, next.start)));
  });
}

/** A claim's value without its article, and where that starts. */
function unarticled(c: Claim): { value: string; start: number } {
  const value = c.value.replace(/^(?:a|an|the)\s+/i, "");
  return { value, start: c.end - value.length };
}

/**
 * A sentence's claims with the kinds it names. A phrase built on a kind ("the Minnesota
 * Farmer-Labor Party" on "Farmer-Labor Party") is a claim of that kind, worded as the source
 * words it: sources agree on the kind, however they word it. Kinds common in prose (kinds of
 * worker: "a chef and instructor" may be the subject's father) count only in what the sentence
 * says its subject is ("an American chef"); other kinds wherever the sentence names them.
 */
export function withKinds(sentence: string, claims: Claim[], kinds: KindNames): Claim[] {
  if (kinds.predicated)
    return claims.flatMap((c) => {
      if (c.guessed) return [c];
      const named = [...new Set(findKinds(c.value, kinds).map((k) => k.normalized))];
      // "a politician and writer" is both: another source's "politician and lawyer" is not the same.
      return named.length ? [{ ...c, ...unarticled(c), normalized: named.join(" and ") }] : [c];
    });
  const phrases = claims.filter((c) => !c.guessed);
  const reworded = new Set<Claim>();
  const found = findKinds(sentence, kinds).map((k) => {
    const on = phrases.find((c) => c.start <= k.start && c.end === k.end);
    if (!on) return k;
    reworded.add(on);
    return { ...on, ...unarticled(on), normalized: k.normalized };
  });
  return [...claims.filter((c) => !reworded.has(c)), ...found];
}

/** Small words an acronym skips: "International Geophysical Year" is IGY, "People's Movement of Kosovo" PMK. */
const ACRONYM_FILLER = /^(?:of|and|the|for|de|du|la|le|in|on|at|to|&)$/i;

/** True when the words' initials spell the acronym (fillers may be skipped; hyphenated parts count apart). */
export function spellsAcronym(phrase: string, acronym: string): boolean {
  const words = phrase.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const letters = acronym.toLowerCase();
  let i = 0;
  for (const w of words) {
    if (i < letters.length && w[0]!.toLowerCase() === letters[i]) i++;
    else if (!ACRONYM_FILLER.test(w)) return false;
  }
  return i === letters.length && !ACRONYM_FILLER.test(words[words.length - 1] ?? "");
}

/**
 * The phrases a sentence spells an acronym with: "International Geophysical Year (IGY)",
 * "vocal cord dysfunction" for VCD. The first word must be a name's (capitalized) or the
 * phrase must stand right before the acronym in brackets; with `lowercase`, a phrase of three or
 * more words, one a letter, none a stop word, may be in lower case too ("annual recurring
 * revenue" for ARR): the caller must see it more than once.
 */
export function findExpansions(sentence: string, acronym: string, lowercase = false): Claim[] {
  const words = [...sentence.matchAll(/[\p{L}][\p{L}'’.]*(?:-[\p{L}][\p{L}'’.]*)*/gu)];
  const claims: Claim[] = [];
  const first = acronym[0]!.toLowerCase();
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i]![0];
    if (w0[0]!.toLowerCase() !== first) continue;
    let letters = 0;
    for (let j = i; j < words.length && j - i < acronym.length * 2 + 2; j++) {
      letters += words[j]![0].split("-").length;
      if (letters < acronym.length) continue;
      const start = words[i]!.index!;
      const end = words[j]!.index! + words[j]![0].length;
      const phrase = sentence.slice(start, end).replace(/[.]$/, "");
      if (!spellsAcronym(phrase, acronym)) continue;
      const bracketed = new RegExp(`^\\s*\\(\\s*${acronym}\\b`, "i").test(sentence.slice(end));
      const wordPerLetter = () => acronym.length >= 3 && j - i + 1 === acronym.length && words.slice(i, j + 1).every((w) => !w[0].includes("-") && !STOP_WORDS.has(w[0].toLowerCase()));
      if (!/^\p{Lu}/u.test(w0) && !bracketed && !(lowercase && wordPerLetter())) break;
      claims.push({ type: "text", value: phrase, normalized: normalizeText(phrase), start, end });
      break;
    }
  }
  return claims;
}

/** Parts of speech that make up a role or object noun phrase. */
const PHRASE_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

type TaggedSentence = TaggedText;

/** A sentence's tags, its first 600 characters: a defining predicate comes early. */
const tagged = (sentence: string): TaggedSentence => posTagged(sentence.slice(0, 600));

/**
 * What a sentence says someone is, around their name: the role written before it ("Defense
 * Secretary Peter Hegseth", "striker Kwame Asante-Boateng") or in apposition after it ("Sandra
 * Whitlock, the club's interim coach,"). `nameSpans` are the character spans of the person's
 * name in the sentence. Answers "who is X?" beside what the sentence predicates of X.
 */
export function findRoles(sentence: string, nameSpans: readonly { start: number; end: number }[]): Claim[] {
  if (!nameSpans.length) return [];
  const t = tagged(sentence);
  const claims: Claim[] = [];
  for (const span of nameSpans) {
    const first = t.starts.findIndex((s) => s >= span.start);
    if (first < 0) continue;
    // Before the name: nouns and adjectives back to a determiner or punctuation.
    let i = first;
    while (i > 0 && PHRASE_POS.has(t.tags[i - 1]!) && first - i < 4 && !(span.start > 0 && t.starts[i - 1]! >= span.start)) i--;
    if (i < first && t.tags.slice(i, first).some((tag) => tag === "NOUN" || tag === "PROPN")) {
      const start = t.starts[i]!;
      const end = t.starts[first - 1]! + t.words[first - 1]!.length;
      const value = sentence.slice(start, end);
      if (/\p{L}{3}/u.test(value)) claims.push({ type: "text", value, normalized: normalizeText(value), start, end });
    }
    // After the name: ", the club's interim coach,".
    let last = t.starts.findIndex((s) => s >= span.end);
    if (last < 0 || t.words[last] !== ",") continue;
    last++;
    if (t.tags[last] !== "DET" && t.tags[last] !== "PRON") continue;
    let j = last + 1;
    while (j < t.words.length && (PHRASE_POS.has(t.tags[j]!) || t.tags[j] === "PART" || t.words[j] === "'s") && j - last < 7) j++;
    if (j > last + 1 && (t.words[j] === "," || t.words[j] === ".")) {
      const start = t.starts[last]!;
      const end = t.starts[j - 1]! + t.words[j - 1]!.length;
      const value = sentence.slice(start, end);
      claims.push({ type: "text", value, normalized: normalizeText(value), start, end });
    }
  }
  return claims;
}

/**
 * What a sentence says was done, after the verb the question asks about: "sent antipersonnel land
 * mines to Ukraine" answers "What did Biden send…?" with "antipersonnel land mines". `isVerb`
 * tells a word that states the asked relation.
 */
export function findObjects(sentence: string, isVerb: (word: string) => boolean): Claim[] {
  const t = tagged(sentence);
  const claims: Claim[] = [];
  t.words.forEach((w, i) => {
    if ((t.tags[i] !== "VERB" && t.tags[i] !== "AUX") || !isVerb(w.toLowerCase())) return;
    let j = i + 1;
    while (j < t.words.length && (t.tags[j] === "ADV" || t.tags[j] === "PART")) j++;
    const from = j;
    if (t.tags[j] === "DET") j++;
    while (j < t.words.length && (PHRASE_POS.has(t.tags[j]!) || /^[-–]$/.test(t.words[j]!)) && j - from < 8) j++;
    if (j <= from || !t.tags.slice(from, j).some((tag) => tag === "NOUN" || tag === "PROPN")) return;
    const start = t.starts[from]!;
    const end = t.starts[j - 1]! + t.words[j - 1]!.length;
    const value = sentence.slice(start, end);
    claims.push({ type: "text", value, normalized: normalizeText(value), start, end });
  });
  return claims;
}
