/**
 * Adding documents from Discord, end to end without network: the real discord.js client against
 * the fake gateway, `/add file:<attachment>` and an @mention with an attachment, the file served
 * by the fake's CDN on 127.0.0.1.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import type { Config } from "../src/config.js";
import { log } from "../src/log.js";
import { startDiscord, type RunningDiscord } from "../src/adapters/discord/index.js";
import { FolderLibrary } from "../src/runtime/library.js";
import { EditorList } from "../src/runtime/editors.js";
import { APP_ID, CHANNEL_ID, USER_ID, addInteraction, guildCreate, guildMessage, BOT_ID, startFakeDiscord, type FakeDiscord, type RecordedRequest } from "./fakes/discord.js";
import { CONTRACT_PDF_PAGES, makeDocx, makePdf, MEMO_DOCX, PLANS_HTML } from "./fixtures/documents.js";

log.level = "silent";

const STRANGER = { id: "100000000000000077", username: "visitor", discriminator: "0", global_name: "Visitor", avatar: null };
/** The Manage Server permission bit, as Discord sends a member's permissions. */
const MANAGE_GUILD = String(1 << 5);

const isEdit = (id: string) => (r: RecordedRequest) => r.method === "PATCH" && r.path === `/webhooks/${APP_ID}/token-${id}/messages/@original`;
const embedsOf = (r: RecordedRequest) => JSON.stringify((r.body as { embeds?: unknown[] }).embeds ?? []);
const uploads = (dir: string) => (existsSync(join(dir, "uploads")) ? readdirSync(join(dir, "uploads")).filter((f) => !f.startsWith(".")).sort() : []);

describe("Discord: /add and @mention add, editors only", { timeout: 60_000 }, () => {
  let fake: FakeDiscord;
  let bot: RunningDiscord;
  let dir: string;
  let engine: QueryEngine;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-discord-uploads-"));
    writeFileSync(join(dir, "contract.pdf"), await makePdf(CONTRACT_PDF_PAGES, { title: "Crane service contract" }));
    engine = await QueryEngine.load(dir);
    const library = new FolderLibrary(
      { dir, engine: () => engine, reload: async () => (engine = await QueryEngine.load(dir)) },
      { editors: new EditorList([USER_ID]), maxUploadBytes: 1024 * 1024 },
    );
    fake = await startFakeDiscord();
    const config: Config = { corpusDir: dir, port: 0, logLevel: "silent", rateLimitPerMinute: 1000, discord: { token: "fake.discord.token", apiUrl: fake.apiUrl } };
    bot = await startDiscord(config, { engine: () => engine, library });
    fake.dispatch("GUILD_CREATE", guildCreate());
  });
  after(async () => {
    await bot?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("/add file: from an editor downloads the attachment from the CDN, adds it, and names the disagreement", async () => {
    const attachment = fake.attach("renewal memo.docx", await makeDocx(MEMO_DOCX));
    fake.dispatch("INTERACTION_CREATE", addInteraction("7001", attachment));
    const edit = await fake.request(isEdit("7001"));
    assert.match(embedsOf(edit), /Added “Renewal memo” \(renewal-memo\)/);
    assert.match(embedsOf(edit), /It disagrees with 1 source on 1 fact/);
    assert.match(embedsOf(edit), /1 May 2026/);
    assert.deepEqual(fake.downloads, [attachment.id]);
    assert.deepEqual(uploads(dir), ["renewal-memo.docx"]);
  });

  it("/add from a member who is no editor is refused: nothing downloaded, nothing written; Manage Server is enough", async () => {
    const attachment = fake.attach("prices.html", Buffer.from(PLANS_HTML), "text/html");
    fake.dispatch("INTERACTION_CREATE", addInteraction("7002", attachment, { user: STRANGER }));
    assert.match(embedsOf(await fake.request(isEdit("7002"))), /Only editors may add or remove documents.*Manage Server/);
    assert.equal(fake.downloads.includes(attachment.id), false);
    assert.deepEqual(uploads(dir), ["renewal-memo.docx"]);

    fake.dispatch("INTERACTION_CREATE", addInteraction("7003", attachment, { user: STRANGER, permissions: MANAGE_GUILD, title: "Acme prices" }));
    assert.match(embedsOf(await fake.request(isEdit("7003"))), /Added “Acme prices” \(prices\)/);
  });

  it("an @mention with an attachment and “add” adds it, replying to the message", async () => {
    const attachment = fake.attach("crane notes.md", Buffer.from("# Crane notes\n\nThe harbor cranes were inspected on 12 January 2026.\n"), "text/markdown");
    fake.dispatch("MESSAGE_CREATE", guildMessage("7101", `<@${BOT_ID}> add`, { mentionsBot: true, attachments: [attachment] }));
    const reply = await fake.request((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`);
    assert.match(embedsOf(reply), /Added “Crane notes” \(crane-notes\)/);
    assert.deepEqual(uploads(dir), ["crane-notes.md", "prices.html", "renewal-memo.docx"]);
  });
});
