/**
 * The Discord adapter end to end: the real discord.js client against a fake Discord on
 * 127.0.0.1 (REST + gateway WebSocket), over the real seeds corpus.
 */
import { after, before, describe, it, mock } from "node:test";
import assert from "node:assert/strict";
import { MessageFlags } from "discord.js";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import type { Config } from "../src/config.js";
import { log } from "../src/log.js";
import { startDiscord, type RunningDiscord } from "../src/adapters/discord/index.js";
import { INTENTS } from "../src/adapters/discord/client.js";
import type { CommandContext } from "../commands/index.js";
import { APP_ID, BOT_ID, BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, directMessage, guildCreate, guildMessage, slashInteraction, startFakeDiscord, type FakeDiscord, type RecordedRequest } from "./fakes/discord.js";

const TOKEN = "fake.discord.token";
const SOURCE_TITLE_003 = "In a significant shift";
const SOURCE_TITLE_004 = "Trump administration lifts";

interface SentMessage {
  embeds?: { title?: string; description?: string; color?: number; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
  flags?: number;
}

/** The message a request carries: an interaction callback's `data`, or the body itself. */
function messageOf(request: RecordedRequest): SentMessage {
  const body = request.body as { type?: number; data?: SentMessage } & SentMessage;
  return request.path.endsWith("/callback") ? (body.data ?? {}) : body;
}

const embedText = (m: SentMessage) => JSON.stringify(m.embeds ?? []);
const isCallback = (id: string) => (r: RecordedRequest) => r.method === "POST" && r.path === `/interactions/${id}/token-${id}/callback`;
const isEdit = (id: string) => (r: RecordedRequest) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/token-${id}/messages/@original`;
const isReplyTo = (messageId: string) => (r: RecordedRequest) =>
  r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages` && messageOf(r).message_reference?.message_id === messageId;
const ask = (id: string, question: string, ephemeral?: boolean) =>
  slashInteraction(id, "ask", [{ name: "question", type: 3, value: question }, ...(ephemeral === undefined ? [] : [{ name: "ephemeral", type: 5, value: ephemeral }])]);

/** Asserts the memo conflict: both dates and both source titles. */
function assertMemoConflict(message: SentMessage): void {
  const text = embedText(message);
  assert.match(text, /December 2, 2025|2025-12-02/);
  assert.match(text, /January 15, 2025|2025-01-15/);
  assert.ok(text.includes(SOURCE_TITLE_003), "cites source 003 by title");
  assert.ok(text.includes(SOURCE_TITLE_004), "cites source 004 by title");
}

// The timeout only turns a hang into a failure; nothing here measures speed.
describe("Discord adapter against a fake Discord (real discord.js)", { timeout: 60_000 }, () => {
  let fake: FakeDiscord;
  let bot: RunningDiscord;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const errors = mock.method(log, "error", () => undefined);

  before(async () => {
    process.on("unhandledRejection", onUnhandled);
    const engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
    const ctx: CommandContext = { engine: () => engine };
    fake = await startFakeDiscord();
    const config: Config = { corpusDir: DEFAULT_CORPUS_DIR, port: 0, logLevel: "silent", rateLimitPerMinute: 1000, discord: { token: TOKEN, apiUrl: fake.apiUrl } };
    bot = await startDiscord(config, ctx);
    fake.dispatch("GUILD_CREATE", guildCreate());
  });

  after(async () => {
    await bot?.stop();
    await fake?.close();
    process.off("unhandledRejection", onUnhandled);
    errors.mock.restore();
  });

  it("connects the way Discord expects: json, no compression, only the intents it uses", async () => {
    assert.equal(fake.connections[0]?.get("v"), "10");
    assert.equal(fake.connections[0]?.get("encoding"), "json");
    assert.equal(fake.connections[0]?.get("compress"), null);
    const identify = (await fake.payload((p) => p.op === 2)).d as { token: string; intents: number; compress: boolean };
    assert.equal(identify.token, TOKEN);
    assert.equal(identify.compress, false);
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); MessageContent (32768) is privileged and absent.
    assert.equal(identify.intents, 1 | 512 | 4096);
    assert.equal(INTENTS.length, 3);
    assert.equal(identify.intents & 32768, 0);
    const gatewayInfo = await fake.request((r) => r.path === "/gateway/bot");
    assert.equal(gatewayInfo.authorization, `Bot ${TOKEN}`);
  });

  it("answers a heartbeat request from the gateway", async () => {
    fake.requestHeartbeat();
    await fake.payload((p) => p.op === 1);
  });

  it("/ask defers, then edits the reply with the memo conflict embed", async () => {
    fake.dispatch("INTERACTION_CREATE", ask("5001", "when was the memo signed"));
    const edit = await fake.request(isEdit("5001"));
    const callback = fake.requests.find(isCallback("5001"));
    assert.ok(callback, "acknowledged through the interaction callback");
    assert.ok(fake.requests.indexOf(callback) < fake.requests.indexOf(edit), "deferred before the edit");
    assert.equal((callback.body as { type: number }).type, 5, "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE");
    assert.equal(((callback.body as { data: { flags: number } }).data.flags & MessageFlags.Ephemeral), 0, "public by default");
    const message = messageOf(edit);
    assert.deepEqual(message.allowed_mentions, { parse: [], replied_user: false });
    assert.equal(message.embeds?.length, 1);
    assertMemoConflict(message);
    assert.match(message.embeds?.[0]?.title ?? "", /disagree/i);
  });

  it("/ask ephemeral:true answers privately", async () => {
    fake.dispatch("INTERACTION_CREATE", ask("5002", "when was the memo signed", true));
    await fake.request(isEdit("5002"));
    const callback = fake.requests.find(isCallback("5002"));
    assert.equal(((callback?.body as { data: { flags: number } }).data.flags & MessageFlags.Ephemeral), MessageFlags.Ephemeral);
  });

  it("/help replies at once, with one field per registry command", async () => {
    fake.dispatch("INTERACTION_CREATE", slashInteraction("5003", "help"));
    const callback = await fake.request(isCallback("5003"));
    assert.equal((callback.body as { type: number }).type, 4, "CHANNEL_MESSAGE_WITH_SOURCE");
    const text = embedText(messageOf(callback));
    for (const name of ["/ask", "/sources", "/conflicts", "/help"]) assert.ok(text.includes(name), `help lists ${name}`);
    assert.deepEqual(messageOf(callback).allowed_mentions, { parse: [], replied_user: false });
  });

  it("answers an @mention with exactly one reply to that message, and ignores other messages", async () => {
    fake.dispatch("MESSAGE_CREATE", guildMessage("6001", `<@${BOT_ID}> when was the memo signed?`, { mentionsBot: true }));
    const reply = await fake.request(isReplyTo("6001"));
    assertMemoConflict(messageOf(reply));
    assert.deepEqual(messageOf(reply).allowed_mentions, { parse: [], replied_user: false });

    // Not addressed to the bot, or from a bot: no reply. A later mention is the barrier that shows
    // these were handled (events are processed in order).
    fake.dispatch("MESSAGE_CREATE", guildMessage("6002", "when was the memo signed?"));
    fake.dispatch("MESSAGE_CREATE", guildMessage("6003", `<@${BOT_ID}> when was the memo signed?`, { mentionsBot: true, author: BOT_USER }));
    fake.dispatch("MESSAGE_CREATE", guildMessage("6004", `<@!${BOT_ID}>`, { mentionsBot: true }));
    const bare = await fake.request(isReplyTo("6004"));
    assert.match(embedText(messageOf(bare)), /\/ask/, "a bare mention gets help");

    const channelPosts = fake.requests.filter((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`);
    assert.equal(channelPosts.filter(isReplyTo("6001")).length, 1, "exactly one reply to the mention");
    assert.deepEqual(channelPosts.map((r) => messageOf(r).message_reference?.message_id), ["6001", "6004"]);
  });

  it("answers a direct message without a mention", async () => {
    fake.dispatch("MESSAGE_CREATE", directMessage("6101", "when was the memo signed?"));
    const reply = await fake.request((r) => r.method === "POST" && r.path === `/channels/${DM_CHANNEL_ID}/messages`);
    assert.equal(messageOf(reply).message_reference?.message_id, "6101");
    assertMemoConflict(messageOf(reply));
  });

  it("logs a failed reply with the interaction id and keeps answering", async () => {
    fake.failures.push({ match: isCallback("5004"), status: 404, body: { message: "Unknown interaction", code: 10062 } });
    fake.dispatch("INTERACTION_CREATE", ask("5004", "when was the memo signed"));
    fake.dispatch("INTERACTION_CREATE", ask("5005", "when was the memo signed"));
    await fake.request(isEdit("5005"));
    assert.equal(fake.requests.some(isEdit("5004")), false, "no edit after a failed acknowledgement");
    const logged = errors.mock.calls.map((c) => c.arguments[0] as unknown as { interactionId?: string });
    assert.ok(logged.some((fields) => fields?.interactionId === "5004"), "the failure is logged with the interaction id");
  });

  it("survives a gateway disconnect: resumes the session and keeps answering", async () => {
    const resumesBefore = fake.received.filter((p) => p.op === 6).length;
    fake.drop(4000);
    const resume = await fake.payload((p) => p.op === 6 && fake.received.filter((q) => q.op === 6).length > resumesBefore);
    assert.equal((resume.d as { session_id: string }).session_id, "fake-session");
    fake.dispatch("INTERACTION_CREATE", ask("5006", "when was the memo signed"));
    assertMemoConflict(messageOf(await fake.request(isEdit("5006"))));
  });

  it("never lets a message mention anyone", () => {
    const messages = fake.requests.filter((r) => (r.method === "PATCH" && r.path.startsWith("/webhooks/")) || (r.method === "POST" && r.path.startsWith("/channels/")) || ((r.body as { type?: number } | undefined)?.type === 4));
    assert.ok(messages.length >= 6);
    for (const m of messages) assert.deepEqual(messageOf(m).allowed_mentions?.parse, [], `${m.method} ${m.path}`);
    assert.deepEqual(unhandled, []);
  });
});
