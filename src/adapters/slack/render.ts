/**
 * Block Kit rendering of command results for Slack. The verdict comes first, then each answer
 * with its value in bold, how many sources state it and their quoted sentences, then notes.
 * Everything stays within Slack's limits (50 blocks, 3,000 characters a section), comes with a
 * plain-text fallback for notifications, and every piece of corpus or user text is escaped.
 */
import type { types as slack } from "@slack/bolt";
import type { CommandResult, HelpLine } from "../../../commands/index.js";
import type { Answer, AnswerValue, ConflictReport, SourceSummary } from "../../core/types.js";
import { alsoMentioned, mainAnswers, renderText, verdict } from "../../render/text.js";
import { ALSO_MENTIONED_HEADING, supportWords } from "../../render/confidence.js";
import { cut, escapeMrkdwn } from "./escape.js";

export type Block = slack.KnownBlock;

/** Slack's limits, and ours for quotes (a long sentence is cut with an ellipsis). */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  buttonValue: 2000,
  quote: 600,
  fallback: 3000,
} as const;

/** The action id of the "Share in channel" button. */
export const SHARE_ACTION_ID = "crosscheck_share";

/** A message as chat.postMessage and respond() take it. */
export interface SlackMessage {
  /** Plain fallback, shown in notifications and where blocks cannot be. */
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Adds a "Share in channel" button carrying this value. */
  shareValue?: string;
  /** The slash command users type, for help ("/ask"). */
  slashCommand?: string;
}

/** Renders any command result as a Slack message. */
export function renderSlack(result: CommandResult, options: RenderOptions = {}): SlackMessage {
  const { body, notes } = renderBody(result, options.slashCommand ?? "/ask");
  const tail: Block[] = [];
  if (notes.length) tail.push(contextBlock(notes));
  if (options.shareValue && options.shareValue.length <= LIMITS.buttonValue) tail.push(shareActions(options.shareValue));
  return { text: cut(escapeMrkdwn(renderText(result)), LIMITS.fallback), blocks: fitBlocks(body, tail) };
}

interface Rendered {
  body: Block[];
  /** Escaped mrkdwn notes, shown small after the body. */
  notes: string[];
}

function renderBody(result: CommandResult, slashCommand: string): Rendered {
  switch (result.kind) {
    case "answer":
      return renderAnswer(result.answer);
    case "sources":
      return { body: renderSources(result.sources, result.skipped), notes: [] };
    case "conflicts":
      return { body: renderConflicts(result.report, result.topic), notes: [] };
    case "help":
      return { body: renderHelp(result.lines, slashCommand), notes: [] };
    case "error":
      return { body: sections([`✗ ${escapeMrkdwn(result.message)}`]), notes: [] };
  }
}

function renderAnswer(answer: Answer): Rendered {
  const body: Block[] = [section(`*${verdict(answer)}*`)];
  if (answer.question.trim()) body.push(contextBlock([`Asked: “${escapeMrkdwn(answer.question.trim())}”`]));
  for (const value of mainAnswers(answer)) body.push(...sections(valueLines(value)));
  const also = alsoMentioned(answer);
  if (also.length) body.push(...sections([`_${ALSO_MENTIONED_HEADING}_`, ...also.flatMap(valueLines)]));
  if (answer.passages?.length) body.push(...sections(answer.passages.map(quoteLine)));
  return { body, notes: answer.warnings.map((w) => `Note: ${escapeMrkdwn(w)}`) };
}

/** A source's sentence, quoted, and who says it. */
function quoteLine(s: { snippet: string; title: string; id: string }): string {
  const quote = cut(escapeMrkdwn(s.snippet.replace(/\s+/g, " ").trim()), LIMITS.quote);
  return `>“${quote}” — _${escapeMrkdwn(s.title.replace(/_/g, " "))}_ (\`${escapeMrkdwn(s.id)}\`)`;
}

/** One answer: its value in bold, how many sources state it, and their quoted sentences. */
function valueLines(value: AnswerValue): string[] {
  const normalized = value.normalized && value.normalized !== value.value ? ` (${escapeMrkdwn(value.normalized)})` : "";
  return [`${bold(value.value)}${normalized} · ${escapeMrkdwn(supportWords(value))}`, ...value.sources.map(quoteLine)];
}

function renderSources(sources: readonly SourceSummary[], skipped: number): Block[] {
  const heading = `*${count(sources.length, "document")}*${skipped ? ` (${skipped} skipped)` : ""}`;
  const lines = sources.map((s) => {
    const meta = [s.outlet, s.date, count(s.sentences, "sentence")].filter(Boolean).map((m) => escapeMrkdwn(String(m)));
    let line = `• ${bold(s.title)} — ${meta.join(", ")} · \`${escapeMrkdwn(s.id)}\``;
    if (s.standing?.sharedFacts) {
      const st = s.standing;
      line += `\n    shares ${count(st.sharedFacts, "fact")} with other sources; with the majority on ${st.withMajority}, alone on ${st.alone}`;
    }
    return line;
  });
  return [section(heading), ...sections(lines)];
}

function renderConflicts(report: ConflictReport, topic?: string): Block[] {
  const about = topic ? ` about “${escapeMrkdwn(topic)}”` : "";
  if (report.pending) return [section(escapeMrkdwn(report.pending))];
  if (!report.conflicts.length) return [section(`No disagreements found${topic ? about : " between the sources"}.`)];
  const blocks: Block[] = [section(`*⚠ ${count(report.conflicts.length, "disagreement")}${about}*`)];
  for (const c of report.conflicts) {
    const heading = `${bold(c.topic)} (${c.answerType})${c.selfContradiction ? " — a source contradicts itself" : ""}`;
    blocks.push(...sections([heading, ...c.answers.flatMap(valueLines)]));
  }
  return blocks;
}

function renderHelp(lines: readonly HelpLine[], slashCommand: string): Block[] {
  const intro =
    "*crosscheck* answers fact questions from its documents, quoting every source, and says when they disagree. " +
    `Answers to ${escapeMrkdwn(slashCommand)} are shown only to you, with a button to share them; mention the bot in a channel or write to it directly to ask in a conversation.`;
  const usage = lines.map((l) => `${l.usage.startsWith("/") ? `\`${escapeMrkdwn(inSlack(l.usage, slashCommand))}\`` : bold(l.usage)} — ${escapeMrkdwn(l.description)}`);
  return [section(intro), ...sections(usage)];
}

/** A registry usage ("/sources", "/ask <question>") as typed in Slack, where one slash command leads to all. */
function inSlack(usage: string, slashCommand: string): string {
  const bare = usage.replace(/^\/ask\b\s*/, "").replace(/^\//, "");
  return `${slashCommand} ${bare}`.trim();
}

/** Packs mrkdwn lines into as few sections as Slack's per-section limit allows. */
function sections(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current = "";
  for (const raw of lines) {
    const line = cut(raw, LIMITS.sectionText);
    if (current && current.length + 1 + line.length > LIMITS.sectionText) {
      blocks.push(section(current));
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) blocks.push(section(current));
  return blocks;
}

function section(text: string): Block {
  return { type: "section", text: { type: "mrkdwn", text: cut(text, LIMITS.sectionText) } };
}

function contextBlock(texts: readonly string[]): Block {
  const max = LIMITS.contextElements;
  const merged = texts.length > max ? [...texts.slice(0, max - 1), texts.slice(max - 1).join(" ")] : texts;
  return { type: "context", elements: merged.map((t) => ({ type: "mrkdwn", text: cut(t, LIMITS.contextText) })) };
}

function shareActions(value: string): Block {
  return {
    type: "actions",
    elements: [{ type: "button", action_id: SHARE_ACTION_ID, text: { type: "plain_text", text: "Share in channel" }, value }],
  };
}

/** Keeps the message within Slack's block limit, always keeping the notes and the share button. */
function fitBlocks(body: readonly Block[], tail: readonly Block[]): Block[] {
  const room = LIMITS.blocks - tail.length;
  if (body.length <= room) return [...body, ...tail];
  const kept = body.slice(0, room - 1);
  return [...kept, contextBlock(["…more was found than Slack can show in one message; ask a narrower question."]), ...tail];
}

/** Corpus text in bold; its own asterisks would end the bold early, so they are dropped. */
function bold(text: string): string {
  const t = escapeMrkdwn(text.replace(/\*/g, "").replace(/\s+/g, " ").trim());
  return t ? `*${t}*` : "";
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
