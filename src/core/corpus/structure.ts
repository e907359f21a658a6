/**
 * The shape every structured format (Markdown, HTML, DOCX, PDF) is read into, and how it becomes
 * a document's sentences. Structure is context: a sentence knows the headings above it and its
 * page; a table row becomes a statement naming its header cells and its caption ("Plans — Plan:
 * Basic; Price: $12/month; Seats: 3"); a bullet is a sentence of its own after its list's lead-in.
 *
 * Changing what becomes a sentence? Bump INDEX_VERSION in ../snapshot/version.ts.
 */
import type { CorpusDocument, DocumentMeta, SentenceLocation } from "../types.js";
import { splitSentences } from "./segment.js";
import { shorten } from "./prose.js";

export interface ListItem {
  text: string;
  /** A nested list: its items are read after this item's text. */
  items: ListItem[];
}

export type Block =
  | { kind: "heading"; depth: number; text: string }
  /** Sentences after this block stand on this page (PDF). */
  | { kind: "page"; page: number }
  /** A paragraph of prose. */
  | { kind: "text"; text: string }
  | { kind: "list"; items: ListItem[] }
  /** `header` may be empty (a table without a header row). */
  | { kind: "table"; caption?: string; header: string[]; rows: string[][] };

/** A document as its format reader sees it: metadata, then its blocks in reading order. */
export interface StructuredDocument {
  meta: Partial<DocumentMeta>;
  blocks: Block[];
}

/** A lead-in or a parent item longer than this is prose of its own, not a label for what follows. */
const MAX_LEAD_IN_WORDS = 25;
/** Between a table's caption and a row's cells. */
const CAPTION_SEPARATOR = " — ";

/** Runs of whitespace (line breaks inside a cell or paragraph) read as one space. */
export function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A block of text that states nothing: no letter and no digit ("—", "* * *"). */
const saysNothing = (text: string) => !/[\p{L}\p{N}]/u.test(text);

/** A paragraph that introduces what follows it ("The plans are:"). */
const endsWithColon = (text: string) => /:\s*$/.test(text);

/** A text used as the lead-in of the items under it, ending with a colon; undefined when too long. */
function asLeadIn(text: string): string | undefined {
  const t = clean(text).replace(/[.;,]+$/, "");
  if (!t || t.split(" ").length > MAX_LEAD_IN_WORDS) return undefined;
  return endsWithColon(t) ? t : `${t}:`;
}

/**
 * A paragraph's lead-in for the list or table after it: its last sentence, when that ends with a
 * colon and is short ("Sam walked through the move. Key points:" leads with "Key points:").
 */
function leadInOf(text: string): { before: string[]; leadIn?: string } {
  if (!endsWithColon(text)) return { before: [] };
  const sentences = splitSentences(clean(text));
  const leadIn = asLeadIn(sentences.at(-1) ?? "");
  return leadIn ? { before: sentences.slice(0, -1), leadIn } : { before: [] };
}

/** One table row as a statement: each cell named by its header cell ("Plan: Basic; Price: $12/month"). */
export function rowStatement(header: readonly string[], row: readonly string[]): string {
  const parts: string[] = [];
  row.forEach((raw, i) => {
    const cell = clean(raw);
    if (!cell) return;
    const name = clean(header[i] ?? "").replace(/:$/, "");
    parts.push(name && name.toLowerCase() !== cell.toLowerCase() ? `${name}: ${cell}` : cell);
  });
  return parts.join("; ");
}

/**
 * Which heading is the document's title: the first block, when no other heading is as high or
 * higher (a page with one "# Title" and "## Sections"). Its text is not repeated in every path.
 */
function titleHeading(blocks: readonly Block[]): number {
  const first = blocks.findIndex((b) => b.kind !== "page");
  const head = blocks[first];
  if (!head || head.kind !== "heading") return -1;
  const rival = blocks.some((b, i) => i > first && b.kind === "heading" && b.depth <= head.depth);
  return rival ? -1 : first;
}

/** Turns a structured document into a corpus document; undefined when it states nothing. */
export function buildDocument(id: string, file: string, doc: StructuredDocument): CorpusDocument | undefined {
  const sentences: string[] = [];
  const locations: (SentenceLocation | null)[] = [];
  const headings: { depth: number; text: string }[] = [];
  let page: number | undefined;

  const here = (extra?: string): SentenceLocation | null => {
    const path = headings.map((h) => h.text);
    if (extra && path.at(-1) !== extra) path.push(extra);
    if (page === undefined && !path.length) return null;
    return { ...(page !== undefined ? { page } : {}), ...(path.length ? { headings: path } : {}) };
  };
  const add = (text: string, location: SentenceLocation | null) => {
    const t = clean(text);
    if (!t || saysNothing(t)) return;
    sentences.push(t);
    locations.push(location);
  };
  const addProse = (text: string, leadIn?: string) => {
    splitSentences(clean(text)).forEach((s, i) => add(i === 0 && leadIn ? `${leadIn} ${s}` : s, here()));
  };
  const addItems = (items: readonly ListItem[], leadIn: string | undefined) => {
    for (const item of items) {
      if (clean(item.text)) addProse(item.text, leadIn);
      // A nested item reads after its parent: "Basic plan: $12/month".
      const parent = clean(item.text) ? asLeadIn(leadIn ? `${leadIn} ${clean(item.text)}` : item.text) : leadIn;
      addItems(item.items, parent);
    }
  };

  // The title heading names the document, it is no section; with front matter, only when it says the same.
  const first = titleHeading(doc.blocks);
  const firstText = first >= 0 ? clean((doc.blocks[first] as { text: string }).text) : undefined;
  const titleAt = firstText && (!doc.meta.title || firstText === clean(doc.meta.title)) ? first : -1;
  let title = doc.meta.title ?? (titleAt >= 0 ? firstText : undefined);
  doc.blocks.forEach((block, i) => {
    const next = doc.blocks[i + 1];
    switch (block.kind) {
      case "page":
        page = block.page;
        return;
      case "heading": {
        const text = clean(block.text);
        if (i === titleAt || !text) return;
        while (headings.length && headings.at(-1)!.depth >= block.depth) headings.pop();
        headings.push({ depth: block.depth, text });
        return;
      }
      case "text": {
        // A paragraph ending with a colon right before a list or table: its last sentence is their
        // lead-in ("Key points:"); the sentences before it are prose of their own.
        const { before, leadIn } = leadInOf(block.text);
        if ((next?.kind === "list" || next?.kind === "table") && leadIn) {
          for (const s of before) add(s, here());
          return;
        }
        addProse(block.text);
        return;
      }
      case "list": {
        const previous = doc.blocks[i - 1];
        const leadIn = previous?.kind === "text" ? leadInOf(previous.text).leadIn : undefined;
        addItems(block.items, leadIn);
        return;
      }
      case "table": {
        const previous = doc.blocks[i - 1];
        const lead = previous?.kind === "text" ? leadInOf(previous.text).leadIn?.replace(/:$/, "") : undefined;
        const caption = clean(block.caption ?? "") || lead;
        const label = caption ?? headings.at(-1)?.text;
        for (const row of block.rows) {
          const statement = rowStatement(block.header, row);
          if (statement) add(label ? `${label}${CAPTION_SEPARATOR}${statement}` : statement, here(caption));
        }
        return;
      }
    }
  });
  if (!sentences.length) return undefined;
  title ??= sentences[0];
  const { meta } = doc;
  const out: CorpusDocument = { id, file, title: shorten(title ?? id), sentences };
  if (meta.outlet) out.outlet = meta.outlet;
  if (meta.date) out.date = meta.date;
  if (meta.url) out.url = meta.url;
  if (meta.author) out.author = meta.author;
  if (locations.some((l) => l !== null)) out.locations = locations;
  return out;
}
