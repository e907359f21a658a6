/**
 * Hostile input, generated (fast-check): random Unicode, control characters, RTL marks, 100 KB
 * strings, regex-heavy patterns, markdown and mention syntax. The core always returns an Answer
 * (status "error" for bad input) and never throws; every renderer (plain text, Slack, Discord)
 * renders any result without throwing and never produces a mention that would ping anyone.
 * Runs are counted so the file takes seconds; the per-call bound is only a hang guard.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { QueryEngine } from "../src/core/engine.js";
import { ANSWER_TYPES, type Answer, type AnswerStatus, type AnswerValue, type SourceCitation } from "../src/core/types.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import { MAX_QUESTION_LENGTH } from "../src/core/question/validate.js";
import { renderText } from "../src/render/text.js";
import { renderSlack } from "../src/adapters/slack/render.js";
import { replyPayload } from "../src/adapters/discord/render.js";
import type { CommandResult } from "../commands/index.js";

const engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
/** A call this slow is a hang, not a slow machine. */
const HANG_MS = 5_000;
const STATUSES: AnswerStatus[] = ["answered", "conflict", "passages", "not_found", "error"];

/** Pieces people and attackers put in chat messages and documents. */
const HOSTILE_PIECES = [
  "<!channel>", "<!here>", "<!everyone>", "@everyone", "@here", "@channel", "<@U123>", "<@U123|bob>", "<@&role>", "<@&987654321>",
  "<@123456789012345678>", "<@!123456789012345678>", "<#C123>", "<#123456789012345678>", "<!subteam^S123>", "</ask:1234567890>",
  "<https://evil.example|click>", "[x](https://evil.example)", "**bold**", "__u__", "~~s~~", "||spoiler||", "`code`", "```\nblock\n```",
  "> quote", "# heading", "- item", "1. item", "*", "_", "\\", "&amp;", "&lt;", "\u202e", "\u202d", "\u200f", "\u200b", "\u0000", "\u0007",
  "\u001b[31m", "\r\n", "\t", "\ufeff", "\ud800", "\udfff", "👩🏽‍💻", "é", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "(a+)+$", "((((((((((", "[^]*", ".*.*.*=.*",
  "\\b\\w+\\s*", "(?<=x)", "$&$1$'", "%s%n%x", "{{constructor}}", "__proto__", "when was the memo signed", "who signed", "2025-12-02",
];

const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);
const mixed = fc.array(fc.oneof(hostilePiece, fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 24 }).map((parts) => parts.join(""));
/** About 100 KB: one piece repeated. */
const huge = fc.tuple(fc.oneof(hostilePiece, fc.string({ unit: "binary", minLength: 1, maxLength: 8 })), fc.integer({ min: 0, max: 4 })).map(([p, extra]) => p.repeat(Math.ceil((100_000 + extra * 1000) / p.length)));
/** Strings of every kind a chat message or a document line carries (up to a few hundred characters). */
const hostileShort = fc.oneof(
  { arbitrary: mixed, weight: 6 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 600 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x3f }).map((c) => String.fromCharCode(c)), maxLength: 80 }), weight: 1 },
);
/** The same, and now and then 100 KB of one piece (a document that is one long line). */
const hostile = fc.oneof({ arbitrary: hostileShort, weight: 9 }, { arbitrary: huge, weight: 1 });

function timed<T>(what: string, input: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  assert.ok(ms < HANG_MS, `${what} took ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 200))} (length ${input.length}): a hang`);
  return result;
}

/** Every string anywhere in a value (a rendered message is nested objects). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** A mention Slack would resolve: <@U1>, <!channel>, <#C1>, <!subteam^…>, or a bare @channel / @here / @everyone. */
const SLACK_MENTION = /<[@!#]|@(?:channel|here|everyone)\b/i;
/** A mention Discord would resolve: <@1>, <@!1>, <@&1>, <#1>, </cmd:1>, @everyone, @here. */
const DISCORD_MENTION = /<[@#/]|@(?:everyone|here)\b/i;

/** Renders a result with every renderer and checks each output. */
function renderAll(result: CommandResult, label: string): void {
  assert.equal(typeof timed("renderText", label, () => renderText(result)), "string");
  checkSlack(result, label);
  checkDiscord(result, label);
}

function checkSlack(result: CommandResult, label: string): void {
  const slack = timed("renderSlack", label, () => renderSlack(result));
  assert.ok(typeof slack.text === "string" && Array.isArray(slack.blocks));
  for (const s of strings(slack)) assert.doesNotMatch(s, SLACK_MENTION, `Slack would render a mention from ${JSON.stringify(label.slice(0, 120))}`);
}

function checkDiscord(result: CommandResult, label: string): void {
  const discord = timed("replyPayload", label, () => replyPayload(result));
  assert.deepEqual(discord.allowedMentions.parse, [], "Discord replies allow no mention");
  for (const s of strings(discord.embeds)) assert.doesNotMatch(s, DISCORD_MENTION, `Discord would render a mention from ${JSON.stringify(label.slice(0, 120))}`);
}

test("the core answers any question with an Answer, and too long or empty ones with a clear error", () => {
  fc.assert(
    fc.property(hostile, (question) => {
      const answer = timed("engine.ask", question, () => engine.ask(question));
      assert.ok(STATUSES.includes(answer.status), `status ${answer.status}`);
      assert.equal(answer.conflict, answer.status === "conflict");
      assert.ok(Array.isArray(answer.answers) && Array.isArray(answer.warnings));
      const trimmed = question.trim();
      if (trimmed.length > MAX_QUESTION_LENGTH || !trimmed) {
        assert.equal(answer.status, "error");
        assert.ok(answer.warnings[0] && answer.warnings[0].length < 200, "one short reason");
      }
      if (answer.status === "error") assert.ok(answer.warnings.length > 0, "an error says why");
      renderAll({ kind: "answer", answer }, question);
    }),
    { numRuns: 2000, endOnFailure: true },
  );
});

/** Any command result whose every text field is drawn from `text`. */
function resultOf(text: fc.Arbitrary<string>): fc.Arbitrary<CommandResult> {
  const citation: fc.Arbitrary<SourceCitation> = fc.record(
    { id: text, title: text, snippet: text, outlet: text, date: text, url: text },
    { requiredKeys: ["id", "title", "snippet"] },
  );
  const answerValue: fc.Arbitrary<AnswerValue> = fc.record(
    { value: text, normalized: text, sources: fc.array(citation, { maxLength: 4 }), variants: fc.array(text, { maxLength: 3 }) },
    { requiredKeys: ["value", "normalized", "sources"] },
  );
  const answer: fc.Arbitrary<Answer> = fc.record({
    question: text,
    status: fc.constantFrom(...STATUSES),
    conflict: fc.boolean(),
    answerType: fc.constantFrom(...ANSWER_TYPES),
    answers: fc.array(answerValue, { maxLength: 4 }),
    warnings: fc.array(text, { maxLength: 3 }),
    withheld: fc.array(citation, { maxLength: 2 }),
  });
  const conflict = fc.record({ topic: text, answerType: fc.constantFrom(...ANSWER_TYPES), answers: fc.array(answerValue, { maxLength: 3 }), selfContradiction: fc.boolean() });
  const source = fc.record({ id: text, file: text, title: text, outlet: text, date: text, url: text, sentences: fc.nat(10_000) });
  return fc.oneof(
    answer.map((a): CommandResult => ({ kind: "answer", answer: a })),
    fc.tuple(fc.array(source, { maxLength: 6 }), fc.nat(50)).map(([sources, skipped]): CommandResult => ({ kind: "sources", sources, skipped })),
    fc.tuple(fc.option(text, { nil: undefined }), fc.array(conflict, { maxLength: 4 })).map(([topic, conflicts]): CommandResult => ({ kind: "conflicts", report: { conflicts }, topic })),
    fc.array(fc.record({ usage: text, description: text }), { maxLength: 5 }).map((lines): CommandResult => ({ kind: "help", lines })),
    text.map((message): CommandResult => ({ kind: "error", message })),
  );
}

const label = (r: CommandResult) => JSON.stringify(r).slice(0, 300);

test("every renderer renders any result, whatever its documents contain, and never mentions anyone", () => {
  fc.assert(
    fc.property(resultOf(hostileShort), (r) => renderAll(r, label(r))),
    { numRuns: 1500, endOnFailure: true },
  );
});

test("every renderer renders results carrying 100 KB texts (a document that is one long line)", () => {
  fc.assert(
    fc.property(resultOf(hostile), (r) => renderAll(r, label(r))),
    { numRuns: 200, endOnFailure: true },
  );
});

