/**
 * Making corpus text safe to show on Discord: markdown escaped, mentions defused, lengths cut.
 * Documents are untrusted input; nothing they contain may format a reply or ping anyone.
 */
import { escapeMarkdown } from "discord.js";

const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Breaks every mention Discord would resolve: `@everyone`, `@here`, users `<@1>` / `<@!1>`,
 * roles `<@&1>`, channels `<#1>`, slash-command links `</x:1>`. A zero-width space after the
 * sigil keeps the text readable while Discord no longer parses it.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#/])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Collapses runs of whitespace (snippets may carry the line breaks of their source file). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Text on one line, cut to `max`. The input is cut first (generously, before whitespace is
 * collapsed) so that the work stays small whatever the corpus holds: escapeMarkdown is
 * quadratic on long input, and a document may be megabytes long.
 */
export function bounded(text: string, max: number): string {
  return truncate(oneLine(truncate(text, max * 4)), max);
}

/**
 * Corpus or user text made inert for a markdown part of an embed: cut to `max` before escaping,
 * markdown escaped (headings, lists and masked links too), mentions defused.
 */
export function safeText(text: string, max: number): string {
  const escaped = escapeMarkdown(bounded(text, max), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutralizeMentions(escaped);
}

/** Corpus text made inert for a plain-text part (a footer shows no markdown): mentions defused. */
export function plainText(text: string, max: number): string {
  return neutralizeMentions(bounded(text, max));
}

/**
 * Cuts text to at most `max` UTF-16 units (the unit Discord and its builders count), ending with
 * an ellipsis. Never splits a surrogate pair, and never leaves a trailing backslash that would
 * escape the ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, Math.max(0, max));
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/[\s\\]+$/, "");
  return cut + "…";
}
