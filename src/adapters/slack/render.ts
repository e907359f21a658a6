/**
 * Block Kit rendering of command results for Slack. The verdict comes first, then each answer
 * with its value in bold, how many sources state it and their quoted sentences, then notes, then
 * the buttons: Right / Wrong with their tally, and "Share in channel" under private answers.
 * Everything stays within Slack's limits (50 blocks, 3,000 characters a section, 75 a button),
 * comes with a plain-text fallback for notifications, and every piece of corpus or user text is
 * escaped.
 */
import type { types as slack } from "@slack/bolt";
import type { AddOutcome, CommandResult, HelpLine } from "../../../commands/index.js";
import type { Answer, AnswerValue, ConflictReport, SkippedFile, SourceSummary } from "../../core/types.js";
import { alsoMentioned, mainAnswers, renderText, verdict } from "../../render/text.js";
import { ALSO_MENTIONED_HEADING, supportWords } from "../../render/confidence.js";
import { disagreementLines, disagreementSummary, outcomeHeadline, removedHeadline } from "../../render/library.js";
import { cut, escapeMrkdwn, plainSlackText } from "./escape.js";
import { reportParts } from "./report.js";
import { BLAME_PROMPT, voteButtonText, type FeedbackView } from "../../feedback/vote.js";
import type { BlameChoice } from "../../feedback/choices.js";

export type Block = slack.KnownBlock;

/** Slack's limits, and ours for quotes (a long sentence is cut with an ellipsis). */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  buttonValue: 2000,
  buttonText: 75,
  /** A menu option's text and description; its value; options in one menu. */
  optionText: 75,
  optionValue: 150,
  options: 100,
  quote: 600,
  fallback: 3000,
} as const;

/** The action id of the "Share in channel" button. */
export const SHARE_ACTION_ID = "crosscheck_share";
/** The action ids of the feedback buttons; their value is the answer's id in the question log. */
export const VOTE_ACTION_IDS = { right: "crosscheck_vote_right", wrong: "crosscheck_vote_wrong" } as const;
/** The action id of the menu of sources a Wrong vote may blame; each option's value is "answerId:key". */
export const BLAME_ACTION_ID = "crosscheck_blame";

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
  /** Adds Right / Wrong buttons showing the tally, voting on this logged answer. */
  feedback?: FeedbackView;
}

/** Renders any command result as a Slack message. */
export function renderSlack(result: CommandResult, options: RenderOptions = {}): SlackMessage {
  const { body, notes } = renderBody(result, options.slashCommand ?? "/ask");
  const tail: Block[] = [];
  if (notes.length) tail.push(contextBlock(notes));
  const buttons = [...voteButtons(options.feedback), ...shareButton(options.shareValue)];
  if (buttons.length) tail.push({ type: "actions", elements: buttons });
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
      return { body: renderSources(result.sources, result.skipped, result.skippedFiles), notes: [] };
    case "conflicts":
      return { body: renderConflicts(result.report, result.topic), notes: [] };
    case "help":
      return { body: renderHelp(result.lines, slashCommand), notes: [] };
    case "error":
      return { body: sections([`✗ ${escapeMrkdwn(result.message)}`]), notes: [] };
    case "added":
      return { body: renderAdded(result.outcomes), notes: [] };
    case "removed":
      return { body: sections([`✓ ${escapeMrkdwn(removedHeadline(result))}`]), notes: [] };
    case "report": {
      const { title, parts } = reportParts(result.report);
      return { body: [section(title), ...parts.flatMap((lines) => sections(lines))], notes: [] };
    }
  }
}

/** Each file's outcome; for an added one, the facts it disagrees on with the sources' sentences. */
function renderAdded(outcomes: readonly AddOutcome[]): Block[] {
  const blocks: Block[] = [];
  for (const o of outcomes) {
    const mark = o.status === "added" ? "✓" : o.status === "already" ? "=" : "✗";
    if (o.status !== "added") {
      blocks.push(...sections([`${mark} ${escapeMrkdwn(outcomeHeadline(o))}`]));
      continue;
    }
    blocks.push(...sections([`*${mark} ${escapeMrkdwn(outcomeHeadline(o))}*`, escapeMrkdwn(disagreementSummary(o.document.id, o.disagreements))]));
    for (const d of disagreementLines(o.document.id, o.disagreements)) {
      const here = o.disagreements.find((c) => c.topic === d.topic)?.answers.flatMap((a) => a.sources.filter((s) => s.id === o.document.id)) ?? [];
      blocks.push(
        ...sections([
          `${bold(d.topic)}: ${bold(d.here)} here`,
          ...here.map(quoteLine),
          ...d.there.flatMap((t) => [`vs ${bold(t.value)}`, ...t.sources.map(quoteLine)]),
        ]),
      );
    }
  }
  return blocks;
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

/** A source's sentence, quoted, who says it, and where in the document. */
function quoteLine(s: { snippet: string; title: string; id: string; location?: string }): string {
  const quote = cut(escapeMrkdwn(s.snippet.replace(/\s+/g, " ").trim()), LIMITS.quote);
  const where = s.location ? `, ${escapeMrkdwn(s.location)}` : "";
  return `>“${quote}” — _${escapeMrkdwn(s.title.replace(/_/g, " "))}_ (\`${escapeMrkdwn(s.id)}\`${where})`;
}

/** One answer: its value in bold, how many sources state it, and their quoted sentences. */
function valueLines(value: AnswerValue): string[] {
  const normalized = value.normalized && value.normalized !== value.value ? ` (${escapeMrkdwn(value.normalized)})` : "";
  return [`${bold(value.value)}${normalized} · ${escapeMrkdwn(supportWords(value))}`, ...value.sources.map(quoteLine)];
}

function renderSources(sources: readonly SourceSummary[], skipped: number, skippedFiles: readonly SkippedFile[] = []): Block[] {
  const heading = `*${count(sources.length, "document")}*${skipped ? ` (${skipped} skipped)` : ""}`;
  const lines = sources.map((s) => {
    const meta = [s.outlet, s.author, s.date, count(s.sentences, "sentence")].filter(Boolean).map((m) => escapeMrkdwn(String(m)));
    let line = `• ${bold(s.title)} — ${meta.join(", ")} · \`${escapeMrkdwn(s.id)}\``;
    if (s.standing?.sharedFacts) {
      const st = s.standing;
      line += `\n    shares ${count(st.sharedFacts, "fact")} with other sources; with the majority on ${st.withMajority}, alone on ${st.alone}`;
    }
    return line;
  });
  const skips = skippedFiles.length ? [`*Skipped (${skippedFiles.length})*`, ...skippedFiles.map((f) => `• \`${escapeMrkdwn(f.file)}\`: ${escapeMrkdwn(f.reason)}`)] : [];
  return [section(heading), ...sections(lines), ...sections(skips)];
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

type Button = slack.Button;

function shareButton(value: string | undefined): Button[] {
  if (!value || value.length > LIMITS.buttonValue) return [];
  return [{ type: "button", action_id: SHARE_ACTION_ID, text: { type: "plain_text", text: "Share in channel" }, value }];
}

/** Right and Wrong, each with its count: the message shows the tally. */
function voteButtons(feedback: FeedbackView | undefined): Button[] {
  if (!feedback) return [];
  return (["right", "wrong"] as const).map((verdict) => ({
    type: "button",
    action_id: VOTE_ACTION_IDS[verdict],
    text: { type: "plain_text", text: cut(voteButtonText(verdict, feedback.tally[verdict]), LIMITS.buttonText), emoji: true },
    value: feedback.answerId,
  }));
}

/** The private follow-up to a Wrong vote: a menu of the answer's sources, and "not in these sources". */
export function renderBlameMenu(answerId: string, choices: readonly BlameChoice[]): SlackMessage {
  const options = choices.slice(0, LIMITS.options).map((c) => ({
    text: { type: "plain_text" as const, text: cut(plainSlackText(c.label), LIMITS.optionText) },
    ...(c.detail ? { description: { type: "plain_text" as const, text: cut(plainSlackText(c.detail), LIMITS.optionText) } } : {}),
    value: `${answerId}:${c.key}`.slice(0, LIMITS.optionValue),
  }));
  return {
    text: BLAME_PROMPT,
    blocks: [
      {
        type: "section",
        text: { type: "mrkdwn", text: escapeMrkdwn(BLAME_PROMPT) },
        accessory: { type: "static_select", action_id: BLAME_ACTION_ID, placeholder: { type: "plain_text", text: "Choose a source" }, options },
      },
    ],
  };
}

/** Keeps the message within Slack's block limit, always keeping the notes and the buttons. */
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
