/** The Slack Block Kit renderer: order, content, escaping and Slack's limits. */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { LIMITS, renderSlack, SHARE_ACTION_ID, type Block, type SlackMessage } from "../src/adapters/slack/render.js";
import type { Answer, AnswerValue } from "../src/core/types.js";
import { commands, findCommand } from "../commands/index.js";

interface LooseBlock {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: string | { text: string }; action_id?: string; value?: string }[];
}
const loose = (blocks: Block[]) => blocks as unknown as LooseBlock[];

/** Every text a person sees in a message. */
function visibleTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  for (const b of loose(message.blocks)) {
    if (b.text) texts.push(b.text.text);
    for (const e of b.elements ?? []) texts.push(typeof e.text === "string" ? e.text : (e.text?.text ?? ""));
  }
  return texts;
}

function value(v: string, normalized: string, snippets: { id: string; title: string; snippet: string }[]): AnswerValue {
  return { value: v, normalized, sources: snippets };
}

const memoConflict: Answer = {
  question: "when was the memo signed",
  status: "conflict",
  conflict: true,
  answerType: "date",
  answers: [
    value("December 2, 2025", "2025-12-02", [{ id: "003", title: "In a significant shift", snippet: "The memorandum is dated December 2, 2025." }]),
    value("January 15, 2025", "2025-01-15", [
      { id: "004", title: "Trump administration lifts ban", snippet: "Hegseth signed the order on January 15, 2025." },
      { id: "005", title: "Second outlet", snippet: "It was signed January 15, 2025." },
    ]),
  ],
  warnings: ["Sources disagree on the date.", "One source says the date was redacted."],
};

test("an answer: verdict first, each value in bold with its source count and quotes, notes in a context block", () => {
  const message = renderSlack({ kind: "answer", answer: memoConflict }, { shareValue: "x" });
  const blocks = loose(message.blocks);
  assert.match(blocks[0]?.text?.text ?? "", /disagree/i);
  const body = blocks.map((b) => b.text?.text ?? "").join("\n");
  assert.ok(body.indexOf("*December 2, 2025*") < body.indexOf("*January 15, 2025*"), "answers keep the core's order");
  assert.match(body, /\*January 15, 2025\* \(2025-01-15\) · 2 sources/);
  assert.match(body, /\*December 2, 2025\*.* · 1 source\n/);
  assert.ok(body.includes("“Hegseth signed the order on January 15, 2025.” — _Trump administration lifts ban_"));
  const notes = blocks.at(-2);
  assert.equal(notes?.type, "context");
  assert.deepEqual(notes?.elements?.map((e) => e.text), ["Note: Sources disagree on the date.", "Note: One source says the date was redacted."]);
  assert.equal(blocks.at(-1)?.elements?.[0]?.action_id, SHARE_ACTION_ID);
  assert.match(message.text, /Sources disagree/, "a plain fallback for notifications");
});

test("every verdict: agree, one source, not found, error", () => {
  const verdictOf = (answer: Answer) => loose(renderSlack({ kind: "answer", answer }).blocks)[0]?.text?.text ?? "";
  const agreed = { ...memoConflict, status: "answered" as const, conflict: false, answers: memoConflict.answers.slice(1), warnings: [] };
  assert.match(verdictOf(agreed), /2 sources agree/);
  assert.match(verdictOf({ ...agreed, answers: memoConflict.answers.slice(0, 1) }), /One source/);
  assert.match(verdictOf({ ...agreed, status: "not_found", answers: [] }), /Not found/);
  assert.match(verdictOf({ ...agreed, status: "error", answers: [], warnings: ["The question is empty."] }), /Cannot answer/);
});

test("corpus text cannot ping anyone: <!channel>, <!here>, mentions, @everyone are neutralized", () => {
  const hostile = "Alert <!channel> <!here> <!everyone> <@U123> <!subteam^S1|team> <https://evil.example|click> @everyone @here @channel & more";
  const answer: Answer = {
    ...memoConflict,
    question: hostile,
    answers: [value(hostile, hostile, [{ id: hostile, title: hostile, snippet: hostile }])],
    warnings: [hostile],
  };
  for (const text of visibleTexts(renderSlack({ kind: "answer", answer }))) {
    assert.ok(!text.includes("<"), text);
    assert.doesNotMatch(text, /@(everyone|here|channel)\b/i);
  }
  const body = loose(renderSlack({ kind: "answer", answer }).blocks).map((b) => b.text?.text ?? "").join("\n");
  assert.ok(body.includes("&lt;!channel&gt;") && body.includes("&amp; more"), "shown literally, escaped");
  assert.ok(body.includes("@\u200Deveryone"), "readable, with a zero-width joiner");
});

test("property: whatever the corpus says, output is escaped and within Slack's limits", () => {
  const citation = fc.record({ id: fc.string({ maxLength: 30 }), title: fc.string({ maxLength: 200 }), snippet: fc.string({ maxLength: 4000 }) });
  const answerValue = fc.record({ value: fc.string({ maxLength: 300 }), normalized: fc.string({ maxLength: 50 }), sources: fc.array(citation, { maxLength: 8 }) });
  const answer = fc.record({
    question: fc.string({ maxLength: 500 }),
    status: fc.constantFrom("answered" as const, "conflict" as const, "not_found" as const, "error" as const),
    conflict: fc.boolean(),
    answerType: fc.constant("text" as const),
    answers: fc.array(answerValue, { maxLength: 70 }),
    warnings: fc.array(fc.string({ maxLength: 4000 }), { maxLength: 15 }),
  });
  const text = fc.oneof(fc.string(), fc.constantFrom("<!channel>", "@everyone", "<@U1>", "&", "<!here|here>", "@here"));
  fc.assert(
    fc.property(answer, text, (a, extra) => {
      const hostile: Answer = { ...a, question: a.question + extra, warnings: [...a.warnings, extra] };
      const message = renderSlack({ kind: "answer", answer: hostile }, { shareValue: "v" });
      assert.ok(message.blocks.length <= LIMITS.blocks);
      assert.ok(message.text.length <= LIMITS.fallback);
      for (const b of loose(message.blocks)) {
        if (b.text) assert.ok(b.text.text.length > 0 && b.text.text.length <= LIMITS.sectionText);
        if (b.type === "context") assert.ok((b.elements?.length ?? 0) <= LIMITS.contextElements);
      }
      assert.equal(loose(message.blocks).at(-1)?.elements?.[0]?.action_id, SHARE_ACTION_ID, "the share button survives trimming");
      for (const t of visibleTexts(message)) {
        assert.ok(!t.includes("<"));
        assert.doesNotMatch(t, /@(everyone|here|channel)\b/i);
      }
    }),
    { numRuns: 150 },
  );
});

test("a long quote is cut with an ellipsis; too many answers are trimmed with a note", () => {
  const long = "word ".repeat(1000);
  const many = Array.from({ length: 80 }, (_, i) => value(`value ${i}`, String(i), [{ id: `d${i}`, title: "T", snippet: long }]));
  const message = renderSlack({ kind: "answer", answer: { ...memoConflict, answers: many } });
  const texts = loose(message.blocks).map((b) => b.text?.text ?? "");
  assert.ok(texts.some((t) => /word…” — _T_/.test(t)), "quote ends with an ellipsis");
  assert.equal(message.blocks.length, LIMITS.blocks);
  const trimmed = loose(message.blocks).find((b) => b.type === "context" && b.elements?.some((e) => /more was found/.test(String(e.text))));
  assert.ok(trimmed, "says that some was left out");
});

test("sources, conflicts, help and errors render too", () => {
  const sources = renderSlack({
    kind: "sources",
    skipped: 1,
    sources: [{ id: "004_x", file: "004_x.txt", title: "Mines <policy>", outlet: "The Post", date: "2025-01-20", sentences: 12, standing: { sharedFacts: 3, withMajority: 1, alone: 2 } }],
  });
  const sourceText = visibleTexts(sources).join("\n");
  assert.ok(sourceText.includes("*1 document* (1 skipped)") && sourceText.includes("*Mines &lt;policy&gt;*") && sourceText.includes("The Post, 2025-01-20, 12 sentences"));
  assert.ok(sourceText.includes("with the majority on 1, alone on 2"));

  const conflicts = renderSlack({ kind: "conflicts", topic: "memo", report: { conflicts: [{ topic: "memo signed", answerType: "date", answers: memoConflict.answers }] } });
  const conflictText = visibleTexts(conflicts).join("\n");
  assert.ok(conflictText.includes("1 disagreement about “memo”") && conflictText.includes("*December 2, 2025*") && conflictText.includes("*January 15, 2025*"));
  assert.match(visibleTexts(renderSlack({ kind: "conflicts", report: { conflicts: [] } })).join("\n"), /No disagreements/);

  const help = findCommand("help")?.execute({ text: "" }, { engine: () => assert.fail("help needs no engine") });
  assert.ok(help && !(help instanceof Promise));
  const helpText = visibleTexts(renderSlack(help, { slashCommand: "/ask" })).join("\n");
  for (const c of commands) assert.ok(helpText.includes(c.name === "ask" ? "`/ask &lt;question&gt;`" : `\`/ask ${c.name}`), `help shows ${c.name} as a Slack command`);

  assert.match(visibleTexts(renderSlack({ kind: "error", message: "Too many <questions>" })).join("\n"), /✗ Too many &lt;questions&gt;/);
});
