/**
 * HTML (`.html`, `.htm`): a saved web page read for its main content, not its navigation, ads or
 * scripts. linkedom builds the DOM (it never runs scripts: it has no script engine), Mozilla's
 * Readability (Firefox's reader view) finds the article, and the article's headings, paragraphs,
 * lists and tables become blocks. DOCX files arrive here too, as the HTML mammoth makes of them.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import type { DocumentMeta } from "../types.js";
import { clean, type Block, type ListItem, type StructuredDocument } from "./structure.js";
import { isoDate } from "./meta.js";

/** Minimal DOM shapes this module reads (linkedom's own types are loose). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  localName: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
interface DomDocument {
  title: string;
  body: DomElement | null;
  documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Never text: code that a browser would run or draw, and form controls. */
const NOT_TEXT = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "button", "select", "option", "input", "textarea", "pre", "code"]);
/** Page furniture, dropped when Readability finds no article and the whole body is read. */
const FURNITURE = "nav, header, footer, aside, form, menu, [role=navigation], [role=banner], [role=contentinfo]";
/** Elements whose content is a paragraph of its own. */
const PARAGRAPHS = new Set(["p", "figcaption", "address", "summary", "caption", "dt", "dd"]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements that break the flow of text; the rest (span, a, em…) are inline. */
const BLOCKS = new Set(["div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "figure", "details", "fieldset", "form", "center", "body", "html", "hr", "br", "li", "tr", "td", "th", "tbody", "thead", "tfoot"]);

const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;
const children = (node: DomNode): DomNode[] => Array.from(node.childNodes);

/** The text a reader sees inside an element: scripts, styles and code left out. */
function visibleText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? "";
  if (!isElement(node) || NOT_TEXT.has(node.localName)) return "";
  const inner = children(node).map(visibleText).join("");
  return BLOCKS.has(node.localName) || PARAGRAPHS.has(node.localName) ? ` ${inner} ` : inner;
}

function listItems(list: DomElement): ListItem[] {
  const items: ListItem[] = [];
  for (const li of Array.from(list.children)) {
    if (li.localName !== "li") continue;
    const nested = Array.from(li.children).filter((c) => c.localName === "ul" || c.localName === "ol");
    const text = children(li).filter((c) => !(isElement(c) && nested.includes(c))).map(visibleText).join("");
    items.push({ text, items: nested.flatMap(listItems) });
  }
  return items;
}

/** Definition lists read as items: "term: definition". */
function definitionItems(dl: DomElement): ListItem[] {
  const items: ListItem[] = [];
  let term = "";
  for (const el of Array.from(dl.children)) {
    if (el.localName === "dt") term = clean(visibleText(el));
    else if (el.localName === "dd") items.push({ text: term ? `${term}: ${clean(visibleText(el))}` : visibleText(el), items: [] });
  }
  return items;
}

/** A row of labels: the header row of a table that marks none (Word tables often do not). */
const looksLikeHeader = (cells: readonly string[]) => cells.length > 1 && cells.every((c) => clean(c) && !/\d/.test(c));

function tableBlock(table: DomElement): Block {
  const rows = Array.from(table.querySelectorAll("tr")).filter((tr) => closestTable(tr) === table);
  const cellsOf = (tr: DomElement) => Array.from(tr.children).filter((c) => c.localName === "td" || c.localName === "th");
  let header: string[] = [];
  let body = rows;
  const first = rows[0];
  if (first && (first.parentElement?.localName === "thead" || cellsOf(first).every((c) => c.localName === "th"))) {
    header = cellsOf(first).map(visibleText);
    body = rows.slice(1);
  } else if (first && rows.length > 1 && looksLikeHeader(cellsOf(first).map(visibleText))) {
    header = cellsOf(first).map(visibleText);
    body = rows.slice(1);
  }
  const caption = table.querySelector("caption");
  return { kind: "table", caption: caption ? visibleText(caption) : undefined, header, rows: body.map((tr) => cellsOf(tr).map(visibleText)) };
}

/** The table a row belongs to (a nested table's rows are its own). */
function closestTable(el: DomElement): DomElement | undefined {
  let up = el.parentElement;
  while (up && up.localName !== "table") up = up.parentElement;
  return up ?? undefined;
}

/** Walks an element's content into blocks; loose inline text between blocks is a paragraph. */
function walk(node: DomElement, out: Block[]): Block[] {
  let inline = "";
  const flush = () => {
    if (clean(inline)) out.push({ kind: "text", text: inline });
    inline = "";
  };
  for (const child of children(node)) {
    if (!isElement(child)) {
      if (child.nodeType === TEXT_NODE) inline += child.textContent ?? "";
      continue;
    }
    const tag = child.localName;
    if (NOT_TEXT.has(tag)) continue;
    if (tag in HEADINGS) {
      flush();
      out.push({ kind: "heading", depth: HEADINGS[tag]!, text: visibleText(child) });
    } else if (PARAGRAPHS.has(tag)) {
      flush();
      out.push({ kind: "text", text: visibleText(child) });
    } else if (tag === "ul" || tag === "ol") {
      flush();
      out.push({ kind: "list", items: listItems(child) });
    } else if (tag === "dl") {
      flush();
      out.push({ kind: "list", items: definitionItems(child) });
    } else if (tag === "table") {
      flush();
      out.push(tableBlock(child));
    } else if (BLOCKS.has(tag)) {
      flush();
      walk(child, out);
    } else {
      inline += visibleText(child);
    }
  }
  flush();
  return out;
}

/** The DOM of an HTML text. */
function domOf(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** Blocks of an HTML fragment (mammoth's output, raw HTML inside Markdown), read whole. */
export function htmlBlocks(fragment: string): Block[] {
  const body = domOf(`<!doctype html><html><head></head><body>${fragment}</body></html>`).body;
  return body ? walk(body, []) : [];
}

/** The first non-empty value among a page's meta tags (by name or property) and elements. */
function metaContent(doc: DomDocument, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = clean(el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href") ?? "");
    if (value) return value;
  }
  return undefined;
}

/** Title, author, date, outlet and address from a page's <title> and <meta> tags. */
function pageMeta(doc: DomDocument): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  const title = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="dc.title" i]']) ?? clean(doc.title ?? "");
  const author = metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="dc.creator" i]']);
  const date = metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="dc.date" i]', 'meta[itemprop="datePublished"]', "time[datetime]"]);
  const outlet = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  if (title) meta.title = title;
  if (author && !/^https?:/.test(author)) meta.author = author;
  if (date) meta.date = isoDate(date);
  if (outlet) meta.outlet = outlet;
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  return meta;
}

/** Reads a web page: its metadata, then the blocks of its main content. */
export function readHtml(html: string): StructuredDocument {
  const doc = domOf(html);
  const meta = pageMeta(doc);
  for (const el of Array.from(doc.querySelectorAll("script, style, noscript, template, iframe, object, embed"))) el.remove();
  let article: ReturnType<Readability["parse"]> = null;
  try {
    // Readability changes the DOM it reads, so it gets its own copy; the page's DOM stays for the fallback.
    article = new Readability(domOf(html) as unknown as Document).parse();
  } catch {
    article = null; // an odd page Readability cannot read: the whole body is read instead
  }
  if (article?.byline && !meta.author) meta.author = clean(article.byline);
  if (article?.publishedTime && !meta.date) meta.date = isoDate(article.publishedTime);
  if (article?.siteName && !meta.outlet) meta.outlet = clean(article.siteName);
  if (!meta.title && article?.title) meta.title = clean(article.title);
  let blocks = article?.content ? htmlBlocks(article.content) : [];
  if (!blocks.some((b) => b.kind !== "heading") && doc.body) {
    for (const el of Array.from(doc.body.querySelectorAll(FURNITURE))) el.remove();
    blocks = walk(doc.body, []);
  }
  return { meta, blocks };
}

/** The encoding a page declares: its byte order mark, else a <meta charset> in its first kilobyte. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decodes a page's bytes as a browser would: its declared encoding, else UTF-8, else
 * windows-1252 (what browsers assume of an old page that declares nothing).
 */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = declaredEncoding(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // an unknown label: guess as for an undeclared page
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
