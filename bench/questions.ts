/**
 * The benchmark's questions, made at run time from the articles themselves (never stored): for a
 * sentence stating a date, a count or what someone said, a question made of the words around that
 * value ("When … ?", "How many people … ?", "Who said … ?"); and copies of some of them with one
 * typo, since people mistype. Deterministic: the same articles give the same questions.
 */
import type { RawFile } from "../src/core/corpus/read.js";

/** A small seeded random generator (mulberry32), so that runs are comparable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
/** Question forms: a value in a sentence, and how to ask for it. */
const FORMS: { kind: string; value: RegExp; ask: (before: string[], after: string[], match: RegExpExecArray) => string }[] = [
  {
    kind: "date",
    value: new RegExp(`\\b(?:(?:in|on|since|by) )?(?:${MONTH}(?: \\d{1,2})?(?:, \\d{4})?|(?:in|since) (?:19|20)\\d{2})\\b`, "i"),
    ask: (before, after) => `When ${[...before, ...after].join(" ")}?`,
  },
  {
    kind: "number",
    value: /\b(\d{1,3}(?:,\d{3})+|\d+) ([a-z]{3,})\b/i,
    ask: (before, after, m) => `How many ${m[2]} ${[...before, ...after].join(" ")}?`,
  },
  {
    kind: "person",
    value: /\bsaid\b/i,
    ask: (_before, after) => `Who said ${after.join(" ")}?`,
  },
];

/** Words of a text, without punctuation. */
const words = (text: string) => text.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [];

/** One question from one sentence, or undefined when no form fits it. */
function questionFrom(sentence: string, random: () => number): string | undefined {
  const start = Math.floor(random() * FORMS.length);
  for (let k = 0; k < FORMS.length; k++) {
    const form = FORMS[(start + k) % FORMS.length]!;
    const m = form.value.exec(sentence);
    if (!m) continue;
    const before = words(sentence.slice(0, m.index)).slice(-5);
    const after = words(sentence.slice(m.index + m[0].length)).slice(0, 6);
    if (before.length + after.length < 4) continue;
    return form.ask(before, after, m);
  }
  return undefined;
}

/** The question with one typo in one of its longer words: two letters swapped or one dropped. */
export function withTypo(question: string, random: () => number): string {
  const parts = question.split(" ");
  const long = parts.map((w, i) => ({ w, i })).filter(({ w }) => /^[a-z]{5,}$/.test(w));
  if (long.length === 0) return question;
  const { w, i } = long[Math.floor(random() * long.length)]!;
  const at = 1 + Math.floor(random() * (w.length - 2));
  parts[i] = random() < 0.5 ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) : w.slice(0, at) + w.slice(at + 1);
  return parts.join(" ");
}

export interface BenchQuestion {
  q: string;
  /** seeds-dev, article or typo. */
  kind: "seeds-dev" | "article" | "typo";
  /** The source id of the article a question was made from. */
  from?: string;
}

/**
 * `count` questions from the articles' sentences plus a quarter as many typo copies. Sentences are
 * drawn at random over all articles, so every part of a corpus is asked about.
 */
export function articleQuestions(
  articles: readonly RawFile[],
  sentencesOf: (file: RawFile) => readonly string[],
  count: number,
  seed = 42,
  /** Questions not to make again (another set's). */
  seen = new Set<string>(),
): BenchQuestion[] {
  const random = seededRandom(seed);
  const out: BenchQuestion[] = [];
  for (let tries = 0; out.length < count && tries < count * 50 && articles.length > 0; tries++) {
    const article = articles[Math.floor(random() * articles.length)]!;
    const sentences = sentencesOf(article);
    const sentence = sentences[Math.floor(random() * sentences.length)];
    const q = sentence && questionFrom(sentence, random);
    if (q && !seen.has(q)) {
      seen.add(q);
      out.push({ q, kind: "article", from: article.file.replace(/\.[^.]+$/, "") });
    }
  }
  const typos = out.slice(0, Math.ceil(count / 4)).map(({ q, from }) => ({ q: withTypo(q, random), kind: "typo" as const, from }));
  return [...out, ...typos];
}
