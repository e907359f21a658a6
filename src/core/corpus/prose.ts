/**
 * Plain text (`.txt`): turns one file's text into a document: metadata (front matter, or the outlet line and dateline
 * that news copies carry) and the article's sentences, without the lines that are not the article
 * (tag lines, section headings, the headline of an unrelated story pasted at the end).
 *
 * Changing what becomes a sentence? Bump INDEX_VERSION in ../snapshot/version.ts.
 */
import type { CorpusDocument } from "../types.js";
import { parseDateLine } from "../extract/dates.js";
import { splitSentences } from "./segment.js";
import { frontMatter } from "./meta.js";

/** Longest title kept in full; longer first lines (a lead paragraph) are cut. */
const MAX_TITLE = 100;

/** A line that ends like prose: a full stop, question or exclamation mark, or a closing quote after one. */
function endsLikeProse(line: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(line.trim());
}

/** A heading: short, no sentence-final punctuation, no list marker. */
export function isHeading(line: string): boolean {
  const t = line.trim().replace(/^#+\s*/, "");
  if (!t || endsLikeProse(t)) return false;
  return t.split(/\s+/).length <= 20;
}

/** Run-together tag lists ("militaryminepoliticsusaweapons") and similar non-prose tokens. */
function isTagLine(line: string): boolean {
  const t = line.trim();
  return !/\s/.test(t) && t.length >= 16;
}

/** A title cut to MAX_TITLE characters at a word, with an ellipsis. */
export function shorten(title: string): string {
  const t = title.trim().replace(/^#+\s*/, "");
  if (t.length <= MAX_TITLE) return t;
  const cut = t.slice(0, MAX_TITLE);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), 40)).replace(/[,;:\s]+$/, "") + "…";
}

/**
 * Parses a document. `id` is the file name without extension.
 * Returns undefined when nothing of the text is article prose.
 */
export function parseProse(id: string, file: string, text: string): CorpusDocument | undefined {
  const { meta, body } = frontMatter(text);
  const lines = body.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);

  // The header: heading-like lines before the first paragraph (outlet, title, dateline).
  let first = 0;
  const header: string[] = [];
  while (first < lines.length && (isHeading(lines[first]!) || parseDateLine(lines[first]!))) header.push(lines[first++]!);
  let title = meta.title;
  let date = meta.date;
  let outlet = meta.outlet;
  const headings: string[] = [];
  for (const line of header) {
    const asDate = parseDateLine(line);
    if (asDate && !date) date = asDate;
    else if (!asDate) headings.push(line.replace(/^#+\s*/, ""));
  }
  // Two headings before the article: a short first one is the outlet, the next the headline.
  if (headings.length >= 2 && headings[0]!.split(/\s+/).length <= 5 && headings[0]!.length < headings[1]!.length) {
    outlet ??= headings[0];
    title ??= headings[1];
  } else if (headings.length) {
    title ??= headings[0];
  }

  // The body: drop trailing headings (a headline of another story) and tag lines.
  let last = lines.length;
  while (last > first && (isHeading(lines[last - 1]!) || isTagLine(lines[last - 1]!))) last--;
  const sentences: string[] = [];
  for (const line of lines.slice(first, last)) {
    if (isHeading(line) || isTagLine(line)) continue; // section headings are not statements
    sentences.push(...splitSentences(line.replace(/^[-*+]\s+/, "")));
  }
  // Text without a single prose line (unpunctuated notes, a one-line story) is still text.
  if (sentences.length === 0)
    for (const line of lines.slice(first)) if (!isTagLine(line)) sentences.push(...splitSentences(line.replace(/^#+\s*/, "")));
  if (sentences.length === 0) return undefined;
  title ??= lines[0] ?? id;
  const doc: CorpusDocument = { id, file, title: shorten(title), outlet, date, url: meta.url, sentences };
  if (meta.author) doc.author = meta.author;
  return doc;
}
