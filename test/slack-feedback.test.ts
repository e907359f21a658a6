/**
 * Feedback and the question log through Slack, end to end: the real Bolt app in HTTP mode on a
 * loopback port, a fake Slack Web API, signed requests, and a real SQLite log in a temporary
 * folder. An answer makes one row; a "Wrong" click records one vote, redraws the tally and asks
 * which source is wrong; the same person's second click changes the vote; votes on a shared copy
 * count for the answer shared.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../src/config.js";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import { createLogger } from "../src/log.js";
import { QuestionLog } from "../src/storage/question-log.js";
import { EditorList } from "../src/runtime/editors.js";
import { startSlack, type SlackBot } from "../src/adapters/slack/index.js";
import { BLAME_ACTION_ID, SHARE_ACTION_ID, VOTE_ACTION_IDS } from "../src/adapters/slack/render.js";
import { FAKE_BOT, buttonClickBody, eventBody, menuChoiceBody, postToSlackApp, slashCommandBody, startFakeSlack, type FakeSlack, type RecordedCall } from "./fakes/slack.js";

const SECRET = "test-signing-secret";
const FORM = "application/x-www-form-urlencoded";

interface Element {
  type: string;
  action_id?: string;
  value?: string;
  text?: { text: string };
  options?: { text: { text: string }; value: string }[];
}
interface BlockShape {
  type: string;
  text?: { text: string };
  elements?: Element[];
  accessory?: Element;
}

const blocksOf = (call: RecordedCall) => (call.params.blocks ?? []) as BlockShape[];
/** The buttons of a message, by action id. */
const buttons = (call: RecordedCall) => new Map(blocksOf(call).flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : [])).map((e) => [e.action_id ?? "", e]));

let ids = 0;
const unique = (prefix: string) => `${prefix}${++ids}`;

describe("Slack feedback and the question log (HTTP mode, fake Slack, real SQLite)", () => {
  let fake: FakeSlack;
  let bot: SlackBot;
  let url: string;
  let questionLog: QuestionLog;
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-slack-log-"));

  before(async () => {
    fake = await startFakeSlack();
    const engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
    questionLog = QuestionLog.open({ dir, retentionDays: 90, logger: createLogger({ level: "silent" }) });
    const config = readConfig({ SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: "0", HOST: "127.0.0.1", CORPUS_DIR: DEFAULT_CORPUS_DIR });
    bot = await startSlack(config, { engine: () => engine, questionLog, corpusFingerprint: () => "fingerprint-of-the-seeds", editors: new EditorList(["UEDITOR01"]) });
    url = `http://127.0.0.1:${bot.port}`;
  });
  after(async () => {
    await bot?.stop();
    await fake?.close();
    questionLog?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const db = () => questionLog.database!;
  const votesOn = (answerId: string) => db().prepare("SELECT voter, verdict, blamed_source, not_in_sources FROM votes WHERE answer_id = ?").all(answerId);

  /** Asks with the slash command and returns the private answer and its logged id. */
  async function ask(text: string, userId = "U0000001"): Promise<{ reply: RecordedCall; answerId: string }> {
    const id = unique("ask");
    await postToSlackApp(url, slashCommandBody({ text, responseUrl: fake.responseUrl(id), userId, channelId: "C0FEEDBACK" }), FORM, { secret: SECRET });
    const reply = await fake.waitFor((c) => c.method === `respond:${id}`, "the answer");
    return { reply, answerId: buttons(reply).get(VOTE_ACTION_IDS.wrong)?.value ?? assert.fail("no Wrong button") };
  }

  /** Clicks a button and returns what came back on the click's response URL (the redrawn answer first). */
  async function click(actionId: string, value: string, options: { userId?: string; ephemeral?: boolean } = {}): Promise<{ status: number; responses: () => RecordedCall[]; first: RecordedCall }> {
    const id = unique("click");
    const res = await postToSlackApp(url, buttonClickBody({ actionId, value, responseUrl: fake.responseUrl(id), channelId: "C0FEEDBACK", ...options }), FORM, { secret: SECRET });
    const first = await fake.waitFor((c) => c.method === `respond:${id}`, "a response to the click");
    return { status: res.status, first, responses: () => fake.callsOf(`respond:${id}`) };
  }

  test("an answer to /ask makes one row with who asked where, and carries Right, Wrong and Share buttons", async () => {
    const { reply, answerId } = await ask("when was the memo signed");
    const row = db().prepare("SELECT * FROM answers WHERE id = ?").get(answerId) as Record<string, unknown>;
    assert.deepEqual(
      [row.platform, row.workspace_id, row.channel_id, row.user_id, row.question, row.status, row.answer_type, row.corpus],
      ["slack", FAKE_BOT.teamId, "C0FEEDBACK", "U0000001", "when was the memo signed", "conflict", "date", "fingerprint-of-the-seeds"],
    );
    assert.ok(typeof row.took_ms === "number" && row.took_ms >= 0);
    const stored = JSON.parse(row.answer as string) as { answers: { normalized: string; sources: { id: string }[] }[] };
    assert.deepEqual(stored.answers.map((a) => a.normalized).sort(), ["2025-01-15", "2025-12-02"]);
    const shown = buttons(reply);
    assert.deepEqual([...shown.keys()], [VOTE_ACTION_IDS.right, VOTE_ACTION_IDS.wrong, SHARE_ACTION_ID]);
    assert.equal(shown.get(VOTE_ACTION_IDS.right)?.text?.text, "✓ Right");
    assert.equal(db().prepare("SELECT count(*) AS n FROM answers WHERE id = ?").pluck().get(answerId), 1);
  });

  test("a signed Wrong click records one vote, redraws the tally, and asks privately which source is wrong; a second click changes the vote", async () => {
    const { answerId } = await ask("when was the memo signed");
    const wrong = await click(VOTE_ACTION_IDS.wrong, answerId);
    assert.equal(wrong.status, 200, "acknowledged");
    assert.equal(wrong.first.params.replace_original, true);
    assert.equal(buttons(wrong.first).get(VOTE_ACTION_IDS.wrong)?.text?.text, "✗ Wrong · 1");
    assert.ok(buttons(wrong.first).has(SHARE_ACTION_ID), "a private answer keeps its share button");
    assert.deepEqual(votesOn(answerId), [{ voter: "slack:U0000001", verdict: "wrong", blamed_source: null, not_in_sources: 0 }]);

    // The menu of sources comes as a private follow-up.
    const menuCall = await fake.waitFor((c) => c === wrong.responses()[1], "the menu of sources");
    assert.equal(menuCall.params.replace_original, false);
    assert.equal(menuCall.params.response_type, "ephemeral");
    const menu = blocksOf(menuCall)[0]?.accessory;
    assert.equal(menu?.action_id, BLAME_ACTION_ID);
    const options = menu?.options ?? [];
    assert.ok(options.some((o) => o.text.text.startsWith("Trump administration lifts")), JSON.stringify(options));
    assert.equal(options.at(-1)?.text.text, "The answer is not in these sources");
    const blamed = options.find((o) => o.text.text.startsWith("Trump administration lifts"))!;

    const pick = unique("pick");
    await postToSlackApp(url, menuChoiceBody({ actionId: BLAME_ACTION_ID, value: blamed.value, responseUrl: fake.responseUrl(pick), channelId: "C0FEEDBACK" }), FORM, { secret: SECRET });
    const thanks = await fake.waitFor((c) => c.method === `respond:${pick}`, "thanks");
    assert.match(String(thanks.params.text), /noted that “Trump administration lifts.*” is wrong/);
    assert.deepEqual(votesOn(answerId), [{ voter: "slack:U0000001", verdict: "wrong", blamed_source: "004_16e8bccd99b2617a", not_in_sources: 0 }]);

    const right = await click(VOTE_ACTION_IDS.right, answerId);
    assert.equal(buttons(right.first).get(VOTE_ACTION_IDS.right)?.text?.text, "✓ Right · 1");
    assert.equal(buttons(right.first).get(VOTE_ACTION_IDS.wrong)?.text?.text, "✗ Wrong");
    assert.deepEqual(votesOn(answerId), [{ voter: "slack:U0000001", verdict: "right", blamed_source: null, not_in_sources: 0 }], "changed, not added");
    assert.equal(right.responses().length, 1, "no menu after a Right vote");
  });

  test("votes on an answer shared into the channel count for that answer", async () => {
    const { reply, answerId } = await ask("who signed the memo", "U0SHARER1");
    await click(VOTE_ACTION_IDS.right, answerId, { userId: "U0SHARER1" });
    const share = await click(SHARE_ACTION_ID, buttons(reply).get(SHARE_ACTION_ID)?.value ?? "");
    const shared = share.first;
    assert.equal(shared.params.response_type, "in_channel");
    assert.equal(buttons(shared).get(VOTE_ACTION_IDS.right)?.value, answerId, "the shared copy votes on the same answer");
    assert.equal(buttons(shared).get(VOTE_ACTION_IDS.right)?.text?.text, "✓ Right · 1", "with the votes it already had");
    assert.ok(!buttons(shared).has(SHARE_ACTION_ID));
    assert.equal(db().prepare("SELECT count(*) FROM answers WHERE question = 'who signed the memo'").pluck().get(), 1, "sharing logs no new answer");

    const inChannel = await click(VOTE_ACTION_IDS.wrong, answerId, { userId: "U0COLLEAGUE", ephemeral: false });
    assert.equal(buttons(inChannel.first).get(VOTE_ACTION_IDS.wrong)?.text?.text, "✗ Wrong · 1");
    assert.ok(!buttons(inChannel.first).has(SHARE_ACTION_ID), "a posted answer gets no share button on redraw");
    assert.deepEqual(
      votesOn(answerId).map((v) => (v as { voter: string }).voter).sort(),
      ["slack:U0COLLEAGUE", "slack:U0SHARER1"],
    );
  });

  test("a mention is answered in its thread with the buttons, and logged with its channel", async () => {
    const channel = "C0MENTIONS";
    const ts = "1700000500.000100";
    await postToSlackApp(url, eventBody("Ev0FEEDBACK1", { type: "app_mention", user: "U0000002", text: `<@${FAKE_BOT.userId}> who signed the memo`, ts, channel, event_ts: ts }), "application/json", { secret: SECRET });
    const answer = await fake.waitFor((c) => c.method === "chat.postMessage" && c.params.channel === channel, "the threaded answer");
    const answerId = buttons(answer).get(VOTE_ACTION_IDS.right)?.value ?? assert.fail("no buttons");
    const row = db().prepare("SELECT platform, channel_id, user_id, status FROM answers WHERE id = ?").get(answerId);
    assert.deepEqual(row, { platform: "slack", channel_id: channel, user_id: "U0000002", status: "answered" });
  });

  test("a click on an answer the log no longer holds says so, privately, and records nothing", async () => {
    const gone = await click(VOTE_ACTION_IDS.right, "purgedAnswer");
    assert.equal(gone.first.params.replace_original, false);
    assert.match(String(gone.first.params.text), /no longer in the log/);
    assert.deepEqual(votesOn("purgedAnswer"), []);
  });

  test("/report answers editors privately with the report, and tells others who may see it; in a channel only the editor sees it", async () => {
    const asEditor = unique("report");
    await postToSlackApp(url, slashCommandBody({ command: "/report", text: "30", responseUrl: fake.responseUrl(asEditor), userId: "UEDITOR01" }), FORM, { secret: SECRET });
    const report = await fake.waitFor((c) => c.method === `respond:${asEditor}`, "the report");
    assert.equal(report.params.response_type, "ephemeral");
    const text = JSON.stringify(report.params.blocks);
    assert.match(text, /Report for editors: the last 30 days/);
    assert.match(text, /Disagreements people ran into/);
    assert.match(text, /2025-12-02/, "the memo conflict asked above is in it");
    assert.ok(!buttons(report).size, "no buttons: a report is neither voted on nor shared");

    const asOther = unique("report");
    await postToSlackApp(url, slashCommandBody({ text: "report", responseUrl: fake.responseUrl(asOther), userId: "U0000001" }), FORM, { secret: SECRET });
    const refused = await fake.waitFor((c) => c.method === `respond:${asOther}`, "the refusal");
    assert.match(String(refused.params.text), /CORPUS_EDITORS/);

    const ts = "1700000600.000100";
    await postToSlackApp(url, eventBody("Ev0REPORT1", { type: "app_mention", user: "UEDITOR01", text: `<@${FAKE_BOT.userId}> report`, ts, channel: "C0PUBLIC", event_ts: ts }), "application/json", { secret: SECRET });
    const privately = await fake.waitFor((c) => c.method === "chat.postEphemeral" && c.params.channel === "C0PUBLIC", "the report, privately");
    assert.equal(privately.params.user, "UEDITOR01");
    assert.equal(fake.callsOf("chat.postMessage").filter((c) => c.params.channel === "C0PUBLIC").length, 0, "nothing posted for the channel to see");
  });
});
