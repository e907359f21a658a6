/**
 * Discord rendering of a `CommandResult`: one embed, coloured by verdict, within Discord's
 * limits, with every piece of corpus text escaped so that no answer can format or ping.
 */
import { Colors, type APIEmbed, type APIEmbedField, type MessageMentionOptions } from "discord.js";
import type { CommandResult, HelpLine } from "../../../commands/index.js";
import type { Answer, AnswerStatus, AnswerValue, ConflictReport, SourceCitation, SourceSummary } from "../../core/types.js";
import { verdict } from "../../render/text.js";
import { EMBED_LIMITS, fitEmbed } from "./fit.js";
import { neutralizeMentions, oneLine, safeText, truncate } from "./text.js";

/** Mentions nobody, not even the person replied to. Sent with every message. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** Longest quoted snippet before escaping; whole sentences rarely exceed it. */
const SNIPPET_LIMIT = 350;

/** Colour of each verdict: agree, disagree, not found, error. */
export const STATUS_COLORS: Record<AnswerStatus, number> = {
  answered: Colors.Green,
  conflict: Colors.Orange,
  not_found: Colors.Grey,
  error: Colors.Red,
};
const INFO_COLOR = Colors.Blurple;

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

/** A source's sentence as a block quote, then who says it. */
function citationText(source: SourceCitation): string {
  const snippet = safeText(truncate(oneLine(source.snippet), SNIPPET_LIMIT));
  return `> ${snippet}\n— *${safeText(oneLine(source.title))}* (${safeText(source.id)})`;
}

/**
 * Joins whole blocks while they fit in `limit`, then says how many were left out, so that a long
 * list is shortened by dropping sources rather than by cutting markdown in half.
 */
function joinWithin(blocks: readonly string[], limit: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, block] of blocks.entries()) {
    const rest = blocks.length - i - 1;
    const reserve = rest ? `\n…and ${rest} more`.length : 0;
    if (length + block.length + 1 + reserve > limit && kept.length) {
      kept.push(`…and ${blocks.length - i} more`);
      break;
    }
    kept.push(block);
    length += block.length + 1;
  }
  return kept.join("\n");
}

/** One field per answer: the value (and its canonical form), how many sources, their quotes. */
function answerField(answer: AnswerValue): APIEmbedField {
  const value = oneLine(answer.value);
  const shown = answer.normalized && answer.normalized !== value ? `${value} [${answer.normalized}]` : value;
  return {
    name: safeText(shown),
    value: joinWithin([`**${count(answer.sources.length, "source")}**`, ...answer.sources.map(citationText)], EMBED_LIMITS.fieldValue),
  };
}

/** Footer text is shown as plain text (no markdown), so it only needs its mentions defused. */
function notes(warnings: readonly string[]): APIEmbed["footer"] {
  return warnings.length ? { text: warnings.map((w) => neutralizeMentions(`Note: ${oneLine(w)}`)).join("\n") } : undefined;
}

export function answerEmbed(answer: Answer): APIEmbed {
  return {
    color: STATUS_COLORS[answer.status],
    title: verdict(answer),
    description: answer.question ? `**Q:** ${safeText(oneLine(answer.question))}` : undefined,
    fields: answer.answers.map(answerField),
    footer: notes(answer.warnings),
  };
}

export function sourcesEmbed(sources: readonly SourceSummary[], skipped: number): APIEmbed {
  return {
    color: INFO_COLOR,
    title: `${count(sources.length, "document")}${skipped ? ` (${skipped} skipped)` : ""}`,
    fields: sources.map((s) => {
      const meta = [s.outlet, s.date, count(s.sentences, "sentence")].filter(Boolean).map((m) => safeText(String(m)));
      const standing = s.standing
        ? `\nShares ${count(s.standing.sharedFacts, "fact")} with other sources; with the majority on ${s.standing.withMajority}, alone on ${s.standing.alone}.`
        : "";
      return { name: safeText(oneLine(s.title)), value: `${safeText(s.id)} · ${meta.join(" · ")}${standing}` };
    }),
  };
}

export function conflictsEmbed(report: ConflictReport, topic?: string): APIEmbed {
  const about = topic ? ` about "${safeText(oneLine(topic))}"` : "";
  if (!report.conflicts.length) {
    return { color: STATUS_COLORS.answered, title: `No disagreements found${topic ? about : " between the sources"}.` };
  }
  return {
    color: STATUS_COLORS.conflict,
    title: `⚠ ${count(report.conflicts.length, "disagreement")}${about}`,
    fields: report.conflicts.map((c) => ({
      name: `${safeText(oneLine(c.topic))} (${c.answerType})${c.selfContradiction ? " — a source contradicts itself" : ""}`,
      value: c.answers
        .map((a) => joinWithin([`**${safeText(oneLine(a.value))}** (${count(a.sources.length, "source")})`, ...a.sources.map(citationText)], EMBED_LIMITS.fieldValue / c.answers.length))
        .join("\n"),
    })),
  };
}

export function helpEmbed(lines: readonly HelpLine[]): APIEmbed {
  return {
    color: INFO_COLOR,
    title: "crosscheck: ask the documents",
    description: "Use a slash command, or mention me with a question: `@crosscheck when was the memo signed?`",
    fields: lines.map((l) => ({ name: l.usage, value: l.description })),
  };
}

export function errorEmbed(message: string): APIEmbed {
  return { color: STATUS_COLORS.error, title: "✗ Cannot answer.", description: safeText(message) };
}

/** Renders any command result as one embed within Discord's limits. */
export function renderEmbed(result: CommandResult): APIEmbed {
  switch (result.kind) {
    case "answer":
      return fitEmbed(answerEmbed(result.answer));
    case "sources":
      return fitEmbed(sourcesEmbed(result.sources, result.skipped));
    case "conflicts":
      return fitEmbed(conflictsEmbed(result.report, result.topic));
    case "help":
      return fitEmbed(helpEmbed(result.lines));
    case "error":
      return fitEmbed(errorEmbed(result.message));
  }
}

/** The message to send for a result: its embed, and no mentions. */
export function replyPayload(result: CommandResult): { embeds: APIEmbed[]; allowedMentions: MessageMentionOptions } {
  return { embeds: [renderEmbed(result)], allowedMentions: NO_MENTIONS };
}
