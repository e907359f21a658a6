/**
 * Markdown (`.md`, `.markdown`), parsed by a real CommonMark parser (micromark, through
 * mdast-util-from-markdown) with GitHub's tables, task lists and footnotes and YAML front matter:
 * headings, paragraphs, lists and tables become blocks; code is not prose and is left out.
 */
import type { Nodes, Root, RootContent, List, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import type { Block, ListItem, StructuredDocument } from "./structure.js";
import { parseFrontMatterYaml } from "./meta.js";
import { htmlBlocks } from "./html.js";

/** The text a reader sees in an inline node: link text, image alt text; raw HTML tags are not text. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "html":
    case "footnoteReference":
      return "";
    case "break":
      return " ";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    default:
      return "children" in node ? (node.children as Nodes[]).map(inlineText).join("") : "";
  }
}

function listItems(list: List): ListItem[] {
  return list.children.map((item) => ({
    text: item.children.filter((c) => c.type !== "list").map(inlineText).join(" "),
    items: item.children.filter((c): c is List => c.type === "list").flatMap((nested) => listItems(nested)),
  }));
}

function tableBlock(table: Table): Block {
  const [head, ...rows] = table.children.map((row) => row.children.map(inlineText));
  return { kind: "table", header: head ?? [], rows };
}

function blocksOf(nodes: readonly RootContent[], out: Block[]): Block[] {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        out.push({ kind: "heading", depth: node.depth, text: inlineText(node) });
        break;
      case "paragraph":
        out.push({ kind: "text", text: inlineText(node) });
        break;
      case "list":
        out.push({ kind: "list", items: listItems(node) });
        break;
      case "table":
        out.push(tableBlock(node));
        break;
      case "blockquote":
      case "footnoteDefinition":
        blocksOf(node.children, out);
        break;
      case "html":
        // Raw HTML in Markdown (a <table>, a <p>) is read like an HTML page's body, scripts never run.
        out.push(...htmlBlocks(node.value));
        break;
      default:
        // code, yaml, thematic breaks, definitions: not statements
        break;
    }
  }
  return out;
}

/** Reads Markdown text into blocks, with front matter as metadata. */
export function readMarkdown(text: string): StructuredDocument {
  const tree: Root = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(["yaml"])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
  });
  const yaml = tree.children.find((n) => n.type === "yaml");
  const meta = (yaml && parseFrontMatterYaml(yaml.value)) || {};
  return { meta, blocks: blocksOf(tree.children, []) };
}
