/**
 * The Slack adapter end to end, without network: the real Bolt app in HTTP mode on a loopback
 * port, talking to a fake Slack Web API, fed requests signed exactly as Slack signs them.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../src/config.js";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import { startSlack, type SlackBot } from "../src/adapters/slack/index.js";
import { SHARE_ACTION_ID } from "../src/adapters/slack/render.js";
import {
  FAKE_BOT,
  buttonClickBody,
  eventBody,
  postToSlackApp,
  slashCommandBody,
  startFakeSlack,
  type FakeSlack,
  type RecordedCall,
} from "./fakes/slack.js";

const SECRET = "test-signing-secret";
const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

interface Running {
  bot: SlackBot;
  url: string;
}

/** Starts the real adapter over a corpus, in HTTP mode on a free loopback port. */
async function startBot(corpusDir: string, fake: FakeSlack): Promise<Running> {
  const engine = await QueryEngine.load(corpusDir);
  const config = readConfig({ SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: "0", HOST: "127.0.0.1", CORPUS_DIR: corpusDir });
  const bot = await startSlack(config, { engine: () => engine });
  assert.equal(bot.mode, "http");
  return { bot, url: `http://127.0.0.1:${bot.port}` };
}

/** Everything a message shows people (blocks and fallback) as one string; button values are only sent back to the app. */
const shown = (call: RecordedCall) => JSON.stringify([call.params.text, call.params.blocks], (key, v: unknown) => (key === "value" ? undefined : v));

let ids = 0;
/** A unique id, so every test's events and response URLs are its own. */
const unique = (prefix: string) => `${prefix}${++ids}`;

const memoTitles = async () => {
  const engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
  return ["003_1f58ea47367c2ee6", "004_16e8bccd99b2617a"].map((id) => engine.document(id)?.title ?? assert.fail(`seed ${id} is missing`));
};

describe("Slack adapter over the seeds (HTTP mode, fake Slack)", () => {
  let fake: FakeSlack;
  let app: Running;

  before(async () => {
    fake = await startFakeSlack();
    app = await startBot(DEFAULT_CORPUS_DIR, fake);
  });
  after(async () => {
    await app?.bot.stop();
    await fake?.close();
  });

  test("starts by asking Slack who it is (auth.test) with the bot token", async () => {
    assert.ok(fake.callsOf("auth.test").length >= 1);
  });

  test("GET /healthz answers 200", async () => {
    const res = await fetch(`${app.url}/healthz`);
    assert.equal(res.status, 200);
  });

  test("/ask when was the memo signed: an ephemeral answer naming both dates, both sources and the disagreement, with a share button", async () => {
    const id = unique("ask");
    const res = await postToSlackApp(app.url, slashCommandBody({ text: "when was the memo signed", responseUrl: fake.responseUrl(id) }), FORM, { secret: SECRET });
    assert.equal(res.status, 200);
    const reply = await fake.waitFor((c) => c.method === `respond:${id}`, "answer on the response URL");
    assert.equal(reply.params.response_type, "ephemeral");
    const text = shown(reply);
    for (const expected of ["December 2, 2025", "January 15, 2025", ...(await memoTitles())]) assert.ok(text.includes(expected), `answer names ${expected}`);
    const blocks = reply.params.blocks as { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] }[];
    assert.match(blocks[0]?.text?.text ?? "", /disagree/i, "the verdict comes first");
    const button = blocks.at(-1)?.elements?.[0];
    assert.equal(button?.action_id, SHARE_ACTION_ID);

    // Sharing posts the same answer publicly and removes the private copy.
    const shareId = unique("share");
    const click = await postToSlackApp(app.url, buttonClickBody({ actionId: SHARE_ACTION_ID, value: button?.value ?? "", responseUrl: fake.responseUrl(shareId) }), FORM, { secret: SECRET });
    assert.equal(click.status, 200);
    const shared = await fake.waitFor((c) => c.method === `respond:${shareId}` && c.params.response_type === "in_channel", "public answer");
    assert.ok(shown(shared).includes("December 2, 2025") && shown(shared).includes("January 15, 2025"));
    assert.ok(!shown(shared).includes(SHARE_ACTION_ID), "the public copy has no share button");
    await fake.waitFor((c) => c.method === `respond:${shareId}` && c.params.delete_original === true, "removal of the private copy");
  });

  test("/ask with no text, and /ask help, give usage; /ask sources lists the corpus", async () => {
    for (const text of ["", "help"]) {
      const id = unique("help");
      await postToSlackApp(app.url, slashCommandBody({ text, responseUrl: fake.responseUrl(id) }), FORM, { secret: SECRET });
      const reply = await fake.waitFor((c) => c.method === `respond:${id}`, "usage");
      assert.ok(shown(reply).includes("/ask sources"), `usage for "${text}"`);
    }
    const id = unique("sources");
    await postToSlackApp(app.url, slashCommandBody({ text: "sources", responseUrl: fake.responseUrl(id) }), FORM, { secret: SECRET });
    const reply = await fake.waitFor((c) => c.method === `respond:${id}`, "source list");
    assert.ok(shown(reply).includes("5 documents") && shown(reply).includes("004_16e8bccd99b2617a"));
  });

  test("an @mention is answered once, in its thread, despite a retry and the twin message event", async () => {
    const channel = "C0MENTION";
    const ts = "1700000100.000100";
    const mention = { type: "app_mention", user: "U0000001", text: `<@${FAKE_BOT.userId}> when was the memo signed`, ts, channel, event_ts: ts };
    const first = await postToSlackApp(app.url, eventBody("Ev0MENTION1", mention), JSON_TYPE, { secret: SECRET });
    assert.equal(first.status, 200);
    await postToSlackApp(app.url, eventBody("Ev0MENTION1", mention), JSON_TYPE, { secret: SECRET, retryNum: 1 });
    const twin = { type: "message", channel_type: "channel", user: "U0000001", text: mention.text, ts, channel, event_ts: ts };
    await postToSlackApp(app.url, eventBody("Ev0MESSAGE1", twin), JSON_TYPE, { secret: SECRET });

    const answer = await fake.waitFor((c) => c.method === "chat.postMessage" && c.params.channel === channel, "threaded answer");
    assert.equal(answer.params.thread_ts, ts);
    assert.ok(shown(answer).includes("December 2, 2025") && shown(answer).includes("January 15, 2025"));
    await answerDirectMessageAsBarrier(app.url, fake);
    assert.equal(fake.callsOf("chat.postMessage").filter((c) => c.params.channel === channel).length, 1);
  });

  test("messages from bots, this one included, are ignored", async () => {
    const channel = "D0BOTS";
    const own = { type: "message", channel_type: "im", user: FAKE_BOT.userId, text: "when was the memo signed", ts: "1700000200.000100", channel };
    const other = { type: "message", channel_type: "im", subtype: "bot_message", bot_id: "B0OTHER", text: "when was the memo signed", ts: "1700000200.000200", channel };
    const otherWithUser = { type: "message", channel_type: "im", user: "U0OTHERBOT", bot_id: "B0OTHER", text: "when was the memo signed", ts: "1700000200.000300", channel };
    for (const [i, event] of [own, other, otherWithUser].entries()) await postToSlackApp(app.url, eventBody(`Ev0BOT${i}`, event), JSON_TYPE, { secret: SECRET });
    await answerDirectMessageAsBarrier(app.url, fake);
    assert.equal(fake.callsOf("chat.postMessage").filter((c) => c.params.channel === channel).length, 0);
  });

  test("a direct message is answered in the DM, not in a thread", async () => {
    const answer = await answerDirectMessageAsBarrier(app.url, fake);
    assert.equal(answer.params.thread_ts, undefined);
    assert.ok(shown(answer).includes("Hegseth"));
  });

  test("a bad signature or a stale timestamp gets 401, no answer and no Web API call", async () => {
    const before = fake.calls.length;
    const id = unique("forged");
    const body = slashCommandBody({ text: "when was the memo signed", responseUrl: fake.responseUrl(id) });
    const forged = await postToSlackApp(app.url, body, FORM, { secret: SECRET, signature: "v0=" + "0".repeat(64) });
    assert.equal(forged.status, 401);
    const wrongSecret = await postToSlackApp(app.url, body, FORM, { secret: "not-the-secret" });
    assert.equal(wrongSecret.status, 401);
    const stale = await postToSlackApp(app.url, body, FORM, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    assert.equal(stale.status, 401);
    const event = { type: "app_mention", user: "U0000001", text: `<@${FAKE_BOT.userId}> who signed the memo`, ts: "1700000300.000100", channel: "C0FORGED" };
    const staleEvent = await postToSlackApp(app.url, eventBody("Ev0FORGED", event), JSON_TYPE, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    assert.equal(staleEvent.status, 401);

    await answerDirectMessageAsBarrier(app.url, fake);
    const since = fake.calls.slice(before);
    assert.deepEqual(since.filter((c) => c.method === `respond:${id}` || c.params.channel === "C0FORGED"), []);
    assert.ok(since.every((c) => String(c.params.channel).startsWith(BARRIER_PREFIX)), "only the barrier's answer was sent");
  });
});

describe("Slack adapter over a corpus that tries to ping everyone", () => {
  let fake: FakeSlack;
  let app: Running;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "crosscheck-slack-"));
    await writeFile(join(dir, "a.txt"), "Harbor Bridge report <!channel> <@U0VICTIM>\n\nThe Harbor Bridge opened on March 3, 2021, officials told @everyone and <@U0VICTIM> at <!channel>.\n");
    await writeFile(join(dir, "b.txt"), "City notes @here & <!subteam^S0TEAM>\n\nThe Harbor Bridge opened on April 9, 2021, city records told @channel and @here <!here>.\n");
    fake = await startFakeSlack();
    app = await startBot(dir, fake);
  });
  after(async () => {
    await app?.bot.stop();
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("corpus text reaches Slack escaped: no broadcast, no mention, no link", async () => {
    const id = unique("ping");
    await postToSlackApp(app.url, slashCommandBody({ text: "when did the Harbor Bridge open &lt;!here&gt;", responseUrl: fake.responseUrl(id) }), FORM, { secret: SECRET });
    const reply = await fake.waitFor((c) => c.method === `respond:${id}`, "answer");
    const text = shown(reply);
    assert.ok(text.includes("March 3, 2021") && text.includes("April 9, 2021"), `the sentences were rendered: ${text}`);
    assert.ok(text.includes("&lt;!channel&gt;"), "the title is shown, escaped");
    assert.ok(!text.includes("<"), "no raw < at all, hence no <!channel>, <!here>, <@U…> or <!subteam…>");
    assert.doesNotMatch(text, /@(everyone|here|channel)\b/i);
  });
});

const BARRIER_PREFIX = "D0BARRIER";

/**
 * Asks a fresh question in a DM of its own and waits for its answer. Deliveries sent before it
 * have been processed by then (each is claimed or dropped before any answer work), so counting
 * afterwards is safe without sleeping.
 */
async function answerDirectMessageAsBarrier(url: string, fake: FakeSlack): Promise<RecordedCall> {
  const n = ++ids;
  const channel = `${BARRIER_PREFIX}${n}`;
  const ts = `1700001000.${String(n).padStart(6, "0")}`;
  const event = { type: "message", channel_type: "im", user: "U0000001", text: "who signed the memo", ts, channel, event_ts: ts };
  await postToSlackApp(url, eventBody(`Ev0BARRIER${n}`, event), JSON_TYPE, { secret: SECRET });
  return fake.waitFor((c) => c.method === "chat.postMessage" && c.params.channel === channel, "barrier answer");
}
