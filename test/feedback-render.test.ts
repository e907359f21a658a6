/**
 * The feedback controls within each platform's limits, whatever the answer cites: Slack's menu
 * (100 options, 75 characters of text, 150 of value), Discord's buttons and select menu (25
 * options, 100 characters a label, value and description, 100 a custom id), and no text from a
 * document that could ping anyone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Answer } from "../src/core/types.js";
import { blameChoices, NOT_IN_SOURCES_KEY } from "../src/feedback/choices.js";
import { renderBlameMenu, renderSlack, VOTE_ACTION_IDS } from "../src/adapters/slack/render.js";
import { blameRow, feedbackRow, parseBlameId, parseVoteId } from "../src/adapters/discord/feedback.js";
import { memoConflict, notFound } from "./fixtures/answers.js";

/** An answer citing 40 sources with long, hostile titles. */
function manySources(): Answer {
  const base = memoConflict();
  const sources = Array.from({ length: 40 }, (_, i) => ({ id: `source_${i}_${"x".repeat(60)}`, title: `<!channel> @everyone <@U123> ${"A very long title ".repeat(12)} ${i}`, snippet: "…" }));
  return { ...base, answers: [{ ...base.answers[0]!, value: "v".repeat(300), sources }] };
}

test("the blame menu: each cited source once, strongest first, then “not in these sources”; nothing for an answer without sources", () => {
  const choices = blameChoices(memoConflict());
  assert.deepEqual(choices.map((c) => c.key), ["s0", "s1", NOT_IN_SOURCES_KEY]);
  assert.deepEqual(choices[0]?.blame, { sourceId: "003_1f58ea47367c2ee6" });
  assert.deepEqual(blameChoices(notFound("q")), []);
  assert.equal(blameChoices(manySources()).length, 25, "24 sources and the way out: Discord's 25 options");
});

test("Slack: the menu and the vote buttons stay within Block Kit's limits and ping nobody", () => {
  const answerId = "AbCdEfGhIjKl";
  const menu = renderBlameMenu(answerId, blameChoices(manySources()));
  const select = (menu.blocks[0] as { accessory: { options: { text: { text: string }; description?: { text: string }; value: string }[] } }).accessory;
  assert.ok(select.options.length <= 100);
  for (const o of select.options) {
    assert.ok(o.text.text.length <= 75 && (o.description?.text.length ?? 0) <= 75 && o.value.length <= 150, JSON.stringify(o));
    assert.doesNotMatch(o.text.text + (o.description?.text ?? ""), /<[!@]|@everyone/);
  }
  const message = renderSlack({ kind: "answer", answer: manySources(), answerId }, { feedback: { answerId, tally: { right: 123456, wrong: 7 } } });
  const actions = message.blocks.at(-1) as { type: string; elements: { action_id: string; text: { text: string }; value: string }[] };
  assert.equal(actions.type, "actions");
  assert.deepEqual(actions.elements.map((e) => [e.action_id, e.text.text, e.value]), [
    [VOTE_ACTION_IDS.right, "✓ Right · 123456", answerId],
    [VOTE_ACTION_IDS.wrong, "✗ Wrong · 7", answerId],
  ]);
  assert.ok(message.blocks.length <= 50);
});

test("Discord: buttons and menu within the component limits; their ids read back, foreign ids do not", () => {
  const answerId = "AbCdEfGhIjKl";
  const row = feedbackRow({ answerId, tally: { right: 2, wrong: 0 } });
  assert.deepEqual(row.components.map((b) => [b.label, b.custom_id]), [
    ["✓ Right · 2", `crosscheck:vote:right:${answerId}`],
    ["✗ Wrong", `crosscheck:vote:wrong:${answerId}`],
  ]);
  assert.deepEqual(parseVoteId(row.components[1]!.custom_id), { verdict: "wrong", answerId });
  const menu = blameRow(answerId, blameChoices(manySources())).components[0]!;
  assert.equal(parseBlameId(menu.custom_id), answerId);
  assert.ok(menu.options.length <= 25);
  for (const o of menu.options) {
    assert.ok(o.label.length <= 100 && o.value.length <= 100 && (o.description?.length ?? 0) <= 100, JSON.stringify(o));
    assert.doesNotMatch(o.label, /@everyone|<@U/);
  }
  for (const foreign of ["crosscheck:vote:maybe:x", "other:vote:right:x", "crosscheck:vote:right:has space", "crosscheck:blame:"]) {
    assert.equal(parseVoteId(foreign) ?? parseBlameId(foreign), undefined, foreign);
  }
});
