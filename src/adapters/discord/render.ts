/**
 * Discord rendering of a `CommandResult`: one embed, coloured by verdict, within Discord's
 * limits, with every piece of corpus text escaped so that no answer can format or ping.
 * Work is bounded whatever the corpus holds: text is cut before it is escaped, and lists stop
 * rendering once the space for them is used.
 */
import { Colors, type APIActionRowComponent, type APIComponentInMessageActionRow, type APIEmbed, type APIEmbedField, type MessageMentionOptions } from "discord.js";
import type { AddOutcome, CommandResult, HelpLine } from "../../../commands/index.js";
import type { Answer, AnswerStatus, AnswerValue, ConflictItem, ConflictReport, SkippedFile, SourceCitation, SourceSummary } from "../../core/types.js";
import { alsoMentioned, mainAnswers, verdict } from "../../render/text.js";
import { supportWords } from "../../render/confidence.js";
import { CHAT_DAY_LIMIT, reportSections, reportTitle, totalsLine } from "../../render/report.js";
import type { EditorReport } from "../../feedback/report.js";
import type { FeedbackView } from "../../feedback/vote.js";
import { feedbackRow } from "./feedback.js";
import { EMBED_LIMITS, fitEmbed } from "./fit.js";
import { plainText, safeText } from "./text.js";
import { disagreementLines, disagreementSummary, outcomeHeadline, removedHeadline } from "../../render/library.js";

/** Mentions nobody, not even the person replied to. Sent with every message. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** Longest raw text shown for each kind of corpus text (before escaping). */
const SHOWN = { snippet: 350, title: 150, id: 80, value: 200, topic: 200, question: 500, message: 1000, reportLine: 400 } as const;

/** Colour of each verdict: agree, disagree, not found, error. */
export const STATUS_COLORS: Record<AnswerStatus, number> = {
  answered: Colors.Green,
  conflict: Colors.Orange,
  passages: Colors.Blue,
  not_found: Colors.Grey,
  error: Colors.Red,
};
const INFO_COLOR = Colors.Blurple;

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

/**
 * Renders items one by one while they fit in `limit` characters (joined by line breaks), then
 * says how many were left out: a long list is shortened by dropping whole items, never by cutting
 * markdown in half, and items that cannot be shown are never rendered.
 */
function listWithin<T>(items: readonly T[], render: (item: T) => string, limit: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, item] of items.entries()) {
    const block = render(item);
    const left = items.length - i - 1;
    const reserve = left ? `\n…and ${left} more`.length : 0;
    if (kept.length && length + block.length + reserve > limit) {
      kept.push(`…and ${items.length - i} more`);
      break;
    }
    kept.push(block);
    length += block.length + 1;
  }
  return kept.join("\n");
}

/** At most 25 fields, the last saying how many items were left out. */
function fieldsFor<T>(items: readonly T[], toField: (item: T) => APIEmbedField): APIEmbedField[] {
  if (items.length <= EMBED_LIMITS.fields) return items.map(toField);
  const shown = items.slice(0, EMBED_LIMITS.fields - 1);
  return [...shown.map(toField), { name: "\u200b", value: `…and ${items.length - shown.length} more not shown.` }];
}

/** A source's sentence as a block quote, then who says it and where in the document. */
function citationText(source: Pick<SourceCitation, "snippet" | "title" | "id" | "location">): string {
  const where = source.location ? `, ${safeText(source.location, SHOWN.title)}` : "";
  return `> ${safeText(source.snippet, SHOWN.snippet)}\n— *${safeText(source.title, SHOWN.title)}* (${safeText(source.id, SHOWN.id)}${where})`;
}

/** A value's heading, with its canonical form when that differs ("December 2, 2025 [2025-12-02]"). */
function valueText(answer: AnswerValue): string {
  const shown = answer.normalized && answer.normalized !== answer.value ? `${answer.value} [${answer.normalized}]` : answer.value;
  return safeText(shown, SHOWN.value);
}

/** One field per answer: the value, how many sources state it and how sure, and their quotes. */
function answerField(answer: AnswerValue): APIEmbedField {
  const header = `**${supportWords(answer)}**`;
  const name = answer.alsoMentioned ? `Also mentioned: ${valueText(answer)}` : valueText(answer);
  return { name, value: `${header}\n${listWithin(answer.sources, citationText, EMBED_LIMITS.fieldValue - header.length - 1)}` };
}

export function answerEmbed(answer: Answer): APIEmbed {
  // The footer shows no markdown; each note is cut so that all of them fit.
  const notes = answer.warnings.slice(0, 20);
  const noteLimit = Math.floor(EMBED_LIMITS.footer / Math.max(1, notes.length)) - 1;
  return {
    color: STATUS_COLORS[answer.status],
    title: verdict(answer),
    description: answer.question ? `**Q:** ${safeText(answer.question, SHOWN.question)}` : undefined,
    fields: answer.passages?.length
      ? fieldsFor(answer.passages, (p) => ({ name: safeText(p.title, SHOWN.title), value: citationText(p) }))
      : fieldsFor([...mainAnswers(answer), ...alsoMentioned(answer)], answerField),
    footer: notes.length ? { text: notes.map((w) => plainText(`Note: ${w}`, noteLimit)).join("\n") } : undefined,
  };
}

function sourceField(s: SourceSummary): APIEmbedField {
  const meta = [s.outlet, s.author, s.date].filter((m): m is string => Boolean(m)).map((m) => safeText(m, SHOWN.value));
  const standing = s.standing?.sharedFacts
    ? `\nShares ${count(s.standing.sharedFacts, "fact")} with other sources; with the majority on ${s.standing.withMajority}, alone on ${s.standing.alone}.`
    : "";
  return { name: safeText(s.title, SHOWN.title), value: `${[safeText(s.id, SHOWN.id), ...meta, count(s.sentences, "sentence")].join(" · ")}${standing}` };
}

export function sourcesEmbed(sources: readonly SourceSummary[], skipped: number, skippedFiles: readonly SkippedFile[] = []): APIEmbed {
  const skips: APIEmbedField[] = skippedFiles.length
    ? [{ name: `Skipped (${skippedFiles.length})`, value: listWithin(skippedFiles, (f) => `${safeText(f.file, SHOWN.id)}: ${safeText(f.reason, SHOWN.snippet)}`, EMBED_LIMITS.fieldValue) }]
    : [];
  // The skipped files' field is always shown: with 25 fields already, the last source field gives way to it.
  const fields = fieldsFor(sources, sourceField);
  return {
    color: INFO_COLOR,
    title: `${count(sources.length, "document")}${skipped ? ` (${skipped} skipped)` : ""}`,
    fields: skips.length ? [...fields.slice(0, EMBED_LIMITS.fields - 1), ...skips] : fields,
  };
}

/** One field per disagreement: each value in bold with its sources' quotes, sharing the field. */
function conflictField(c: ConflictItem): APIEmbedField {
  const share = Math.floor(EMBED_LIMITS.fieldValue / Math.max(1, c.answers.length));
  const answerText = (a: AnswerValue) => {
    const header = `**${safeText(a.value, SHOWN.value)}** (${count(a.sources.length, "source")})`;
    return `${header}\n${listWithin(a.sources, citationText, share - header.length - 1)}`;
  };
  return {
    name: `${safeText(c.topic, SHOWN.topic)} (${c.answerType})${c.selfContradiction ? " — a source contradicts itself" : ""}`,
    value: listWithin(c.answers, answerText, EMBED_LIMITS.fieldValue),
  };
}

export function conflictsEmbed(report: ConflictReport, topic?: string): APIEmbed {
  const about = topic ? ` about "${safeText(topic, SHOWN.topic)}"` : "";
  if (report.pending) return { color: STATUS_COLORS.passages, description: safeText(report.pending, SHOWN.message) };
  if (!report.conflicts.length) {
    return { color: STATUS_COLORS.answered, title: `No disagreements found${topic ? about : " between the sources"}.` };
  }
  return {
    color: STATUS_COLORS.conflict,
    title: `⚠ ${count(report.conflicts.length, "disagreement")}${about}`,
    fields: fieldsFor(report.conflicts, conflictField),
  };
}

export function helpEmbed(lines: readonly HelpLine[]): APIEmbed {
  return {
    color: INFO_COLOR,
    title: "crosscheck: ask the documents",
    description: "Use a slash command, or mention me with a question: `@crosscheck when was the memo signed?`",
    // Help text is the project's own, but is escaped like everything else: one rule, no exceptions.
    fields: fieldsFor(lines, (l) => ({ name: safeText(l.usage, SHOWN.title), value: safeText(l.description, SHOWN.message) })),
  };
}

export function errorEmbed(message: string): APIEmbed {
  return { color: STATUS_COLORS.error, title: "✗ Cannot answer.", description: safeText(message, SHOWN.message) };
}

/** The reply to /add: each file's outcome; for an added one, a field per fact it disagrees on. */
export function addedEmbed(outcomes: readonly AddOutcome[]): APIEmbed {
  const added = outcomes.filter((o): o is Extract<AddOutcome, { status: "added" }> => o.status === "added");
  const disagrees = added.some((o) => o.disagreements.length);
  const fields: APIEmbedField[] = [];
  for (const o of added)
    for (const d of disagreementLines(o.document.id, o.disagreements)) {
      const there = d.there.map((t) => `**${safeText(t.value, SHOWN.value)}**\n${listWithin(t.sources, citationText, 400)}`).join("\n");
      fields.push({ name: `${safeText(d.topic, SHOWN.topic)}: ${safeText(d.here, SHOWN.value)} here`, value: `vs ${there}` });
    }
  const lines = outcomes.map((o) => `${o.status === "added" ? "✓" : o.status === "already" ? "=" : "✗"} ${safeText(outcomeHeadline(o), SHOWN.message)}`);
  for (const o of added) lines.push(safeText(disagreementSummary(o.document.id, o.disagreements), SHOWN.message));
  return {
    color: !added.length ? STATUS_COLORS.error : disagrees ? STATUS_COLORS.conflict : STATUS_COLORS.answered,
    title: added.length ? `Added ${count(added.length, "document")}` : "Nothing was added",
    description: lines.join("\n"),
    fields: fieldsFor(fields, (f) => f),
  };
}

/** The editors' report: totals, then one field per part (the last two weeks of days), one line per item. */
export function reportEmbed(report: EditorReport): APIEmbed {
  return {
    color: INFO_COLOR,
    title: reportTitle(report),
    description: safeText(totalsLine(report.totals), SHOWN.message),
    fields: reportSections(report, CHAT_DAY_LIMIT).map(({ heading, lines }) => ({
      name: heading,
      value: listWithin(lines, (line) => `• ${safeText(line, SHOWN.reportLine)}`, EMBED_LIMITS.fieldValue),
    })),
  };
}

/** Renders any command result as one embed within Discord's limits. */
export function renderEmbed(result: CommandResult): APIEmbed {
  switch (result.kind) {
    case "answer":
      return fitEmbed(answerEmbed(result.answer));
    case "sources":
      return fitEmbed(sourcesEmbed(result.sources, result.skipped, result.skippedFiles));
    case "conflicts":
      return fitEmbed(conflictsEmbed(result.report, result.topic));
    case "help":
      return fitEmbed(helpEmbed(result.lines));
    case "error":
      return fitEmbed(errorEmbed(result.message));
    case "added":
      return fitEmbed(addedEmbed(result.outcomes));
    case "removed":
      return fitEmbed({ color: INFO_COLOR, title: "Removed", description: safeText(removedHeadline(result), SHOWN.message) });
    case "report":
      return fitEmbed(reportEmbed(result.report));
  }
}

export interface ReplyPayload {
  embeds: APIEmbed[];
  allowedMentions: MessageMentionOptions;
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** The message to send for a result: its embed, Right / Wrong buttons when given feedback, and no mentions. */
export function replyPayload(result: CommandResult, options: { feedback?: FeedbackView } = {}): ReplyPayload {
  const payload: ReplyPayload = { embeds: [renderEmbed(result)], allowedMentions: NO_MENTIONS };
  if (options.feedback) payload.components = [feedbackRow(options.feedback)];
  return payload;
}
