/**
 * Feedback and the question log through Discord, end to end: the real discord.js client against
 * the fake Discord (REST + gateway), and a real SQLite log in a temporary folder. An answer makes
 * one row and carries Right / Wrong buttons; a button interaction delivered through the gateway
 * records one vote and updates the message in its interaction response; the same person's second
 * click changes the vote; a Wrong vote asks privately which source is wrong.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ComponentType, InteractionResponseType, MessageFlags } from "discord.js";
import { QueryEngine } from "../src/core/engine.js";
import { DEFAULT_CORPUS_DIR } from "../src/paths.js";
import type { Config } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { QuestionLog } from "../src/storage/question-log.js";
import { EditorList } from "../src/runtime/editors.js";
import { startDiscord, type RunningDiscord } from "../src/adapters/discord/index.js";
import {
  APP_ID,
  BOT_ID,
  CHANNEL_ID,
  GUILD_ID,
  HUMAN_USER,
  USER_ID,
  buttonInteraction,
  guildCreate,
  guildMessage,
  messageObject,
  selectInteraction,
  slashInteraction,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from "./fakes/discord.js";

interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  options?: { label: string; value: string }[];
  components?: Component[];
}
interface Sent {
  type?: number;
  data?: Sent;
  content?: string;
  flags?: number;
  components?: Component[];
  embeds?: unknown[];
}

const COLLEAGUE = { ...HUMAN_USER, id: "100000000000000077", username: "colleague" };
const isCallback = (id: string) => (r: RecordedRequest) => r.method === "POST" && r.path === `/interactions/${id}/token-${id}/callback`;
const isEdit = (id: string) => (r: RecordedRequest) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/token-${id}/messages/@original`;
const isFollowUp = (id: string) => (r: RecordedRequest) => r.method === "POST" && r.path === `/webhooks/${APP_ID}/token-${id}`;
const body = (r: RecordedRequest) => r.body as Sent;
/** Every component inside a message's action rows. */
const componentsOf = (m: Sent | undefined) => (m?.components ?? []).flatMap((row) => row.components ?? []);
const label = (m: Sent | undefined, customIdStart: string) => componentsOf(m).find((c) => c.custom_id?.startsWith(customIdStart))?.label;

describe("Discord feedback and the question log (fake Discord, real SQLite)", { timeout: 60_000 }, () => {
  let fake: FakeDiscord;
  let bot: RunningDiscord;
  let questionLog: QuestionLog;
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-discord-log-"));
  let interactions = 7000;
  const nextId = () => String(++interactions);

  before(async () => {
    const engine = await QueryEngine.load(DEFAULT_CORPUS_DIR);
    questionLog = QuestionLog.open({ dir, retentionDays: 90, logger: createLogger({ level: "silent" }) });
    fake = await startFakeDiscord();
    const config: Config = { corpusDir: DEFAULT_CORPUS_DIR, port: 0, logLevel: "silent", rateLimitPerMinute: 1000, discord: { token: "fake.discord.token", apiUrl: fake.apiUrl } };
    bot = await startDiscord(config, { engine: () => engine, questionLog, corpusFingerprint: () => "fingerprint-of-the-seeds", editors: new EditorList([COLLEAGUE.id]) });
    fake.dispatch("GUILD_CREATE", guildCreate());
  });
  after(async () => {
    await bot?.stop();
    await fake?.close();
    questionLog?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const db = () => questionLog.database!;
  const votesOn = (answerId: string) => db().prepare("SELECT voter, verdict, blamed_source FROM votes WHERE answer_id = ?").all(answerId);

  /** Asks with /ask; returns the edited reply as the message that clicks are on, and its answer id. */
  async function ask(question: string): Promise<{ message: Record<string, unknown>; answerId: string; reply: Sent }> {
    const id = nextId();
    fake.dispatch("INTERACTION_CREATE", slashInteraction(id, "ask", [{ name: "question", type: 3, value: question }]));
    const reply = body(await fake.request(isEdit(id)));
    const wrongId = componentsOf(reply).find((c) => c.custom_id?.startsWith("crosscheck:vote:wrong:"))?.custom_id ?? assert.fail(`no Wrong button: ${JSON.stringify(reply.components)}`);
    return { message: messageObject(`9${id}`, CHANNEL_ID, reply), answerId: wrongId.split(":").at(-1)!, reply };
  }

  /** Clicks a button on a message; returns the interaction response (and the id, for follow-ups). */
  async function click(customId: string, message: Record<string, unknown>, user = HUMAN_USER): Promise<{ id: string; response: Sent }> {
    const id = nextId();
    fake.dispatch("INTERACTION_CREATE", buttonInteraction(id, customId, message, { user }));
    return { id, response: body(await fake.request(isCallback(id))) };
  }

  it("an answer to /ask makes one row with guild, channel and asker, and carries Right and Wrong buttons", async () => {
    const { answerId, reply } = await ask("when was the memo signed");
    const row = db().prepare("SELECT platform, workspace_id, channel_id, user_id, question, status, answer_type, corpus FROM answers WHERE id = ?").get(answerId);
    assert.deepEqual(row, { platform: "discord", workspace_id: GUILD_ID, channel_id: CHANNEL_ID, user_id: USER_ID, question: "when was the memo signed", status: "conflict", answer_type: "date", corpus: "fingerprint-of-the-seeds" });
    assert.deepEqual(componentsOf(reply).map((c) => [c.type, c.label]), [
      [ComponentType.Button, "✓ Right"],
      [ComponentType.Button, "✗ Wrong"],
    ]);
    assert.equal(reply.embeds?.length, 1, "the answer's embed is unchanged");
  });

  it("a button interaction through the gateway records one vote and updates the message; a second click by the same person changes it", async () => {
    const { message, answerId } = await ask("when was the memo signed");
    const wrong = await click(`crosscheck:vote:wrong:${answerId}`, message);
    assert.equal(wrong.response.type, InteractionResponseType.UpdateMessage, "answered in the interaction response, so within the window");
    assert.equal(label(wrong.response.data, "crosscheck:vote:wrong:"), "✗ Wrong · 1");
    assert.equal(label(wrong.response.data, "crosscheck:vote:right:"), "✓ Right");
    assert.deepEqual(votesOn(answerId), [{ voter: `discord:${USER_ID}`, verdict: "wrong", blamed_source: null }]);

    // Which source is wrong? asked privately, as a follow-up.
    const followUp = body(await fake.request(isFollowUp(wrong.id)));
    assert.equal((followUp.flags ?? 0) & MessageFlags.Ephemeral, MessageFlags.Ephemeral);
    const menu = componentsOf(followUp)[0];
    assert.equal(menu?.type, ComponentType.StringSelect);
    assert.equal(menu?.custom_id, `crosscheck:blame:${answerId}`);
    const blamed = menu?.options?.find((o) => o.label.startsWith("In a significant shift")) ?? assert.fail(JSON.stringify(menu?.options));
    assert.equal(menu?.options?.at(-1)?.label, "The answer is not in these sources");

    const pick = nextId();
    fake.dispatch("INTERACTION_CREATE", selectInteraction(pick, menu.custom_id!, [blamed.value], messageObject("9pick", CHANNEL_ID, followUp)));
    const thanks = body(await fake.request(isCallback(pick)));
    assert.equal(thanks.type, InteractionResponseType.UpdateMessage);
    assert.match(thanks.data?.content ?? "", /noted that “In a significant shift.*” is wrong/);
    assert.deepEqual(thanks.data?.components, []);
    assert.deepEqual(votesOn(answerId), [{ voter: `discord:${USER_ID}`, verdict: "wrong", blamed_source: "003_1f58ea47367c2ee6" }]);

    const right = await click(`crosscheck:vote:right:${answerId}`, message);
    assert.equal(label(right.response.data, "crosscheck:vote:right:"), "✓ Right · 1");
    assert.equal(label(right.response.data, "crosscheck:vote:wrong:"), "✗ Wrong");
    assert.deepEqual(votesOn(answerId), [{ voter: `discord:${USER_ID}`, verdict: "right", blamed_source: null }], "changed, not added");

    const other = await click(`crosscheck:vote:right:${answerId}`, message, COLLEAGUE);
    assert.equal(label(other.response.data, "crosscheck:vote:right:"), "✓ Right · 2");
  });

  it("an @mention's reply carries the buttons, and the answer is logged with its channel", async () => {
    fake.dispatch("MESSAGE_CREATE", guildMessage("7901", `<@${BOT_ID}> who signed the memo?`, { mentionsBot: true }));
    const reply = body(await fake.request((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`));
    const answerId = componentsOf(reply)[0]?.custom_id?.split(":").at(-1) ?? assert.fail("no buttons");
    assert.deepEqual(db().prepare("SELECT platform, workspace_id, channel_id, status FROM answers WHERE id = ?").get(answerId), {
      platform: "discord",
      workspace_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      status: "answered",
    });
  });

  it("a click on an answer the log no longer holds is answered privately and records nothing", async () => {
    const { message } = await ask("who signed the memo");
    const gone = await click("crosscheck:vote:right:notInTheLog", message);
    assert.equal(gone.response.type, InteractionResponseType.ChannelMessageWithSource);
    assert.equal((gone.response.data?.flags ?? 0) & MessageFlags.Ephemeral, MessageFlags.Ephemeral);
    assert.match(gone.response.data?.content ?? "", /no longer in the log/);
    assert.deepEqual(votesOn("notInTheLog"), []);
  });

  it("/report: privately, to members who may manage the server and to CORPUS_EDITORS; refused to others", async () => {
    const MANAGE_GUILD = "32";
    const manager = nextId();
    fake.dispatch("INTERACTION_CREATE", slashInteraction(manager, "report", [{ name: "days", type: 4, value: 30 }], MANAGE_GUILD));
    const report = body(await fake.request(isEdit(manager)));
    const deferred = body(fake.requests.find(isCallback(manager))!);
    assert.equal((deferred.data?.flags ?? 0) & MessageFlags.Ephemeral, MessageFlags.Ephemeral, "only the editor sees it");
    const embed = JSON.stringify(report.embeds);
    assert.match(embed, /Report for editors: the last 30 days/);
    assert.match(embed, /Answers voted wrong/);
    assert.equal(report.components, undefined, "no buttons under a report");

    const listed = nextId();
    const asColleague = slashInteraction(listed, "report");
    fake.dispatch("INTERACTION_CREATE", { ...asColleague, member: { ...(asColleague.member as object), user: COLLEAGUE } });
    assert.match(JSON.stringify(body(await fake.request(isEdit(listed))).embeds), /Report for editors: the last 7 days/);

    const member = nextId();
    fake.dispatch("INTERACTION_CREATE", slashInteraction(member, "report"));
    assert.match(JSON.stringify(body(await fake.request(isEdit(member))).embeds), /CORPUS\\+_EDITORS/, "markdown-escaped in the embed");
  });
});
