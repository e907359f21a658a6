/**
 * Adding documents from Slack, end to end without network: the real Bolt app in HTTP mode, a file
 * shared with it (a `file_share` DM, an `@crosscheck add` mention) and served by the fake Slack,
 * which only hands the file to the bot token.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../src/config.js";
import { QueryEngine } from "../src/core/engine.js";
import { startSlack, type SlackBot } from "../src/adapters/slack/index.js";
import { FolderLibrary } from "../src/runtime/library.js";
import { EditorList } from "../src/runtime/editors.js";
import { log } from "../src/log.js";
import { FAKE_BOT, FAKE_BOT_TOKEN, eventBody, postToSlackApp, slashCommandBody, startFakeSlack, type FakeSlack, type RecordedCall } from "./fakes/slack.js";
import { CONTRACT_PDF_PAGES, makeDocx, makePdf, MEMO_DOCX, PLANS_MD } from "./fixtures/documents.js";

log.level = "silent";

const SECRET = "test-signing-secret";
const EDITOR = "U0EDITOR1";
const STRANGER = "U0STRANGER";

const shown = (call: RecordedCall) => JSON.stringify([call.params.text, call.params.blocks]);
const uploads = (dir: string) => (existsSync(join(dir, "uploads")) ? readdirSync(join(dir, "uploads")).sort() : []);

describe("Slack: files shared with the bot are added by editors only", () => {
  let fake: FakeSlack;
  let bot: SlackBot;
  let url: string;
  let dir: string;
  let engine: QueryEngine;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-slack-uploads-"));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "contract.pdf"), await makePdf(CONTRACT_PDF_PAGES, { title: "Crane service contract" }));
    engine = await QueryEngine.load(dir);
    const library = new FolderLibrary(
      { dir, engine: () => engine, reload: async () => (engine = await QueryEngine.load(dir)) },
      { editors: new EditorList([EDITOR]), maxUploadBytes: 1024 * 1024 },
    );
    fake = await startFakeSlack();
    const config = readConfig({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: "0", HOST: "127.0.0.1", CORPUS_DIR: dir, CORPUS_EDITORS: EDITOR });
    bot = await startSlack(config, { engine: () => engine, library });
    url = `http://127.0.0.1:${bot.port}`;
  });
  after(async () => {
    await bot?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("a file_share DM from an editor: downloaded with the bot token, written to uploads/, the reply names the disagreement", async () => {
    const file = fake.shareFile("Renewal memo.docx", await makeDocx(MEMO_DOCX), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const ts = "1700002000.000100";
    const event = { type: "message", subtype: "file_share", channel_type: "im", channel: "D0EDITOR", user: EDITOR, text: "", files: [file], upload: true, ts, event_ts: ts };
    assert.equal((await postToSlackApp(url, eventBody("Ev0SHARE1", event), "application/json", { secret: SECRET })).status, 200);
    const reply = await fake.waitFor((c) => c.method === "chat.postMessage" && c.params.channel === "D0EDITOR", "the reply in the DM");
    assert.match(shown(reply), /Added “Renewal memo” \(renewal-memo\)/);
    assert.match(shown(reply), /It disagrees with 1 source on 1 fact/);
    assert.match(shown(reply), /1 May 2026/, "names the other source's value");
    assert.match(shown(reply), /p\. 2, Renewal/, "and where it stands");
    assert.deepEqual(fake.downloads, [{ fileId: file.id, authorization: `Bearer ${FAKE_BOT_TOKEN}`, served: true }]);
    assert.deepEqual(uploads(dir), [".renewal-memo.docx.json", "renewal-memo.docx"]);
    assert.deepEqual(engine.ask("when does the Acme contract renew?").answers.flatMap((a) => a.sources.map((s) => s.id)).sort(), ["contract", "renewal-memo"]);
  });

  test("the same from someone not in CORPUS_EDITORS is refused: nothing downloaded, nothing written", async () => {
    const before = { downloads: fake.downloads.length, files: uploads(dir) };
    const file = fake.shareFile("plans.md", Buffer.from(PLANS_MD), "text/markdown");
    const ts = "1700002000.000200";
    const event = { type: "message", subtype: "file_share", channel_type: "im", channel: "D0STRANGER", user: STRANGER, text: "", files: [file], ts, event_ts: ts };
    await postToSlackApp(url, eventBody("Ev0SHARE2", event), "application/json", { secret: SECRET });
    const reply = await fake.waitFor((c) => c.method === "chat.postMessage" && c.params.channel === "D0STRANGER", "the refusal");
    assert.match(shown(reply), /Only editors may add or remove documents.*U0STRANGER.*CORPUS_EDITORS/);
    assert.equal(fake.downloads.length, before.downloads);
    assert.deepEqual(uploads(dir), before.files);
  });

  test("@crosscheck add with a file in a channel adds it, with the title given after add, answered in the thread", async () => {
    const file = fake.shareFile("plans.md", Buffer.from(PLANS_MD), "text/markdown");
    const ts = "1700002000.000300";
    const mention = { type: "app_mention", channel: "C0TEAM", user: EDITOR, text: `<@${FAKE_BOT.userId}> add Acme price list`, files: [file], ts, event_ts: ts };
    await postToSlackApp(url, eventBody("Ev0MENTIONADD", mention), "application/json", { secret: SECRET });
    const reply = await fake.waitFor((c) => c.method === "chat.postMessage" && c.params.channel === "C0TEAM", "the reply in the thread");
    assert.equal(reply.params.thread_ts, ts);
    assert.match(shown(reply), /Added “Acme price list” \(plans\)/);
    assert.equal(engine.document("plans")?.title, "Acme price list");
    assert.equal(fake.callsOf("chat.postMessage").filter((c) => c.params.channel === "C0TEAM").length, 1, "answered once, not also as a question");
  });

  test("/ask remove <source id>: refused to others; for an editor the file moves to .removed/ and answers stop citing it", async () => {
    const form = "application/x-www-form-urlencoded";
    await postToSlackApp(url, slashCommandBody({ text: "remove renewal-memo", responseUrl: fake.responseUrl("rm1"), userId: STRANGER }), form, { secret: SECRET });
    assert.match(shown(await fake.waitFor((c) => c.method === "respond:rm1", "the refusal")), /Only editors may/);
    assert.ok(engine.document("renewal-memo"), "still there");
    await postToSlackApp(url, slashCommandBody({ text: "remove renewal-memo", responseUrl: fake.responseUrl("rm2"), userId: EDITOR }), form, { secret: SECRET });
    assert.match(shown(await fake.waitFor((c) => c.method === "respond:rm2", "the removal")), /Removed “Renewal memo” \(renewal-memo\): moved to \.removed\//);
    assert.deepEqual(engine.ask("when does the Acme contract renew?").answers.flatMap((a) => a.sources.map((s) => s.id)), ["contract"]);
    assert.ok(!uploads(dir).includes("renewal-memo.docx"));
    assert.ok(readdirSync(join(dir, ".removed"), { recursive: true }).map(String).some((f) => f.endsWith("renewal-memo.docx")), "kept, not deleted");
  });
});
