/**
 * Discord rendering: limits, escaping, colours; and the slash command JSON the deploy script
 * sends, checked with discord.js's own builders.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { EmbedBuilder, SlashCommandBuilder, embedLength, type APIEmbed, type RESTPostAPIChatInputApplicationCommandsJSONBody, ApplicationCommandOptionType } from "discord.js";
import type { Answer, AnswerStatus } from "../src/core/types.js";
import { EMBED_LIMITS, fitEmbed } from "../src/adapters/discord/fit.js";
import { renderEmbed, replyPayload, STATUS_COLORS } from "../src/adapters/discord/render.js";
import { safeText, truncate } from "../src/adapters/discord/text.js";
import { commandBodies } from "../src/adapters/discord/commands.js";
import { questionOf } from "../src/adapters/discord/listeners/message-create.js";
import { deployCommands } from "../src/adapters/discord/deploy.js";
import { commands } from "../commands/index.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { APP_ID, GUILD_ID, startFakeDiscord } from "./fakes/discord.js";

function answer(status: AnswerStatus, over: Partial<Answer> = {}): Answer {
  return { question: "when was the memo signed", status, conflict: status === "conflict", answerType: "date", answers: [], warnings: [], ...over };
}

/** Every text of an embed, for searching. */
function texts(embed: APIEmbed): string[] {
  return [embed.title, embed.description, embed.footer?.text, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])].filter((t): t is string => typeof t === "string");
}

/** Passes the embed through discord.js's validating builder (throws on any limit broken). */
function validate(embed: APIEmbed): void {
  const builder = new EmbedBuilder();
  if (embed.title !== undefined) builder.setTitle(embed.title);
  if (embed.description !== undefined) builder.setDescription(embed.description);
  if (embed.footer) builder.setFooter({ text: embed.footer.text });
  if (embed.color !== undefined) builder.setColor(embed.color);
  builder.addFields(...(embed.fields ?? []));
  assert.ok(embedLength(builder.toJSON()) <= EMBED_LIMITS.total, `total ${embedLength(builder.toJSON())}`);
}

test("each verdict has its own colour and its title", () => {
  const colours = (["answered", "conflict", "not_found", "error"] as const).map((s) => renderEmbed({ kind: "answer", answer: answer(s) }).color);
  assert.equal(new Set(colours).size, 4);
  assert.equal(renderEmbed({ kind: "answer", answer: answer("conflict") }).color, STATUS_COLORS.conflict);
  assert.match(renderEmbed({ kind: "answer", answer: answer("not_found") }).title ?? "", /not found/i);
});

test("an answer field carries the value, the number of sources and each quoted snippet with its title; notes go to the footer", () => {
  const embed = renderEmbed({
    kind: "answer",
    answer: answer("answered", {
      answers: [{ value: "Pete Hegseth", normalized: "Pete Hegseth", sources: [{ id: "a", title: "Memo story", snippet: "Signed by Pete Hegseth." }, { id: "b", title: "Other story", snippet: "Hegseth signed it." }] }],
      warnings: ["One source says the date was withheld."],
    }),
  });
  assert.equal(embed.fields?.length, 1);
  assert.equal(embed.fields?.[0]?.name, "Pete Hegseth");
  assert.match(embed.fields?.[0]?.value ?? "", /2 sources/);
  assert.match(embed.fields?.[0]?.value ?? "", /> Signed by Pete Hegseth\.\n— \*Memo story\*/);
  assert.match(embed.footer?.text ?? "", /withheld/);
});

test("corpus text can neither ping nor format", () => {
  const hostile = "@everyone @here <@123> <@!123> <@&456> <#789> **bold** [link](https://x.test) # heading";
  const embed = renderEmbed({
    kind: "answer",
    answer: answer("answered", {
      question: hostile,
      answers: [{ value: hostile, normalized: hostile, sources: [{ id: "a", title: hostile, snippet: hostile }] }],
      warnings: [hostile],
    }),
  });
  for (const text of texts(embed)) {
    assert.doesNotMatch(text, /@(everyone|here)/, text);
    assert.doesNotMatch(text, /<[@#]!?&?\d+>/, text);
  }
  assert.ok(texts(embed).some((t) => t.includes("\\*\\*bold\\*\\*")), "markdown escaped");
  assert.deepEqual(replyPayload({ kind: "error", message: hostile }).allowedMentions, { parse: [], repliedUser: false });
});

test("any embed is brought within Discord's limits, cut with an ellipsis", () => {
  const text = (max: number) => fc.string({ maxLength: max, unit: fc.constantFrom("a", " ", "*", "\\", "é", "😀", "@", "<", "\n") });
  const embedArb = fc.record({
    title: text(400),
    description: text(6000),
    footer: text(3000),
    fields: fc.array(fc.record({ name: text(400), value: text(1500) }), { maxLength: 40 }),
  });
  fc.assert(
    fc.property(embedArb, (raw) => {
      const embed = fitEmbed({ title: raw.title, description: raw.description, footer: { text: raw.footer }, fields: raw.fields });
      validate(embed);
    }),
    { numRuns: 150 },
  );
  const big = fitEmbed({ title: "t".repeat(300), fields: Array.from({ length: 30 }, () => ({ name: "n", value: "v".repeat(2000) })) });
  assert.equal(big.title?.length, EMBED_LIMITS.title);
  assert.ok(big.title?.endsWith("…"));
  assert.equal(big.fields?.length, 25);
  assert.match(big.fields?.[24]?.value ?? "", /6 more/);
});

test("an answer with many long quotes keeps every value and says how many sources were left out", () => {
  const sources = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, title: `Title ${i}`, snippet: "x".repeat(300) }));
  const embed = renderEmbed({ kind: "answer", answer: answer("conflict", { answers: [{ value: "A", normalized: "a", sources }, { value: "B", normalized: "b", sources }] }) });
  validate(embed);
  assert.equal(embed.fields?.length, 2);
  assert.match(embed.fields?.[0]?.value ?? "", /40 sources[\s\S]*…and \d+ more/);
});

test("megabytes of corpus text render to a valid embed, the text cut before it is escaped", () => {
  const huge = "\\b\\w+\\s*$1$'$&**".repeat(100_000);
  const sources = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, title: huge, snippet: huge }));
  const values = Array.from({ length: 100 }, (_, i) => ({ value: `${i} ${huge}`, normalized: huge, sources }));
  for (const result of [
    { kind: "answer", answer: answer("conflict", { question: huge, answers: values, warnings: [huge, huge] }) },
    { kind: "conflicts", topic: huge, report: { conflicts: Array.from({ length: 50 }, () => ({ topic: huge, answerType: "date" as const, answers: values })) } },
    { kind: "error", message: huge },
  ] as const) {
    const embed = renderEmbed(result);
    validate(embed);
    assert.ok(embed.fields === undefined || embed.fields.length <= 25);
  }
});

test("truncate never splits a surrogate pair or leaves an escaping backslash", () => {
  assert.equal(truncate("ab😀cd", 4), "ab…");
  assert.equal(truncate("ab\\*cd", 4), "ab…");
  assert.equal(truncate("short", 10), "short");
  assert.equal(safeText("a_b", 10), "a\\_b");
  assert.equal(safeText("a\n\n b ".repeat(1000), 9), "a b a b…");
});

test("the question of a mention is its text without the bot's mention", () => {
  assert.equal(questionOf("<@42> when was the memo signed?", "42"), "when was the memo signed?");
  assert.equal(questionOf("hey <@!42>  who signed it", "42"), "hey who signed it");
  assert.equal(questionOf("<@42>", "42"), "");
});

test("slash commands: one per registry command, exactly what discord.js's validating builders produce", () => {
  const bodies = commandBodies();
  assert.deepEqual(bodies.map((b) => b.name), commands.map((c) => c.name));
  for (const body of bodies) assert.deepEqual(plain(rebuild(body)), plain(body), body.name);
  const ask = bodies.find((b) => b.name === "ask");
  assert.deepEqual(ask?.options?.map((o) => [o.name, o.type, o.required]), [["question", ApplicationCommandOptionType.String, true], ["ephemeral", ApplicationCommandOptionType.Boolean, false]]);
  assert.equal(bodies.find((b) => b.name === "conflicts")?.options?.[0]?.required, false);
  const add = bodies.find((b) => b.name === "add");
  assert.deepEqual(add?.options?.map((o) => [o.name, o.type, o.required]), [["file", ApplicationCommandOptionType.Attachment, true], ["title", ApplicationCommandOptionType.String, false]]);
  assert.deepEqual(bodies.find((b) => b.name === "remove")?.options?.map((o) => [o.name, o.type, o.required]), [["source", ApplicationCommandOptionType.String, true]]);
  const report = bodies.find((b) => b.name === "report")?.options?.[0] as { name: string; type: number; required?: boolean; min_value?: number; max_value?: number } | undefined;
  assert.deepEqual([report?.name, report?.type, report?.required, report?.min_value, report?.max_value], ["days", ApplicationCommandOptionType.Integer, false, 1, 3650]);
});

test("deploy-commands --dry-run prints the bodies, needs no token, registers nothing", () => {
  const env = { ...process.env, DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "", DISCORD_API_URL: "http://127.0.0.1:9/unreachable" };
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/deploy-commands.ts", "--dry-run"], { cwd: PROJECT_ROOT, env, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const printed = JSON.parse(run.stdout) as RESTPostAPIChatInputApplicationCommandsJSONBody[];
  assert.deepEqual(printed, plain(commandBodies()));
  for (const body of printed) assert.deepEqual(plain(rebuild(body)), body);
});

test("deploy registers the commands to the guild with the bot token (a PUT that replaces them)", async () => {
  const fake = await startFakeDiscord();
  try {
    const result = await deployCommands({ token: "deploy.token.x", clientId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl });
    assert.equal(result.scope, `guild ${GUILD_ID}`);
    const put = await fake.request((r) => r.method === "PUT");
    assert.equal(put.path, `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    assert.equal(put.authorization, "Bot deploy.token.x");
    assert.deepEqual(put.body, plain(commandBodies()));
    await deployCommands({ token: "deploy.token.x", clientId: APP_ID, apiUrl: fake.apiUrl });
    assert.ok(fake.requests.some((r) => r.method === "PUT" && r.path === `/applications/${APP_ID}/commands`), "global without a guild");
  } finally {
    await fake.close();
  }
});

/** As sent over the wire: JSON, where undefined fields are absent. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Rebuilds a command from its JSON through the validating SlashCommandBuilder (throws when invalid). */
function rebuild(body: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder().setName(body.name).setDescription(body.description);
  if (body.contexts) builder.setContexts(...body.contexts);
  if (body.integration_types) builder.setIntegrationTypes(...body.integration_types);
  for (const option of body.options ?? []) {
    if (option.type === ApplicationCommandOptionType.String) {
      builder.addStringOption((o) => {
        o.setName(option.name).setDescription(option.description).setRequired(option.required ?? false);
        return option.max_length ? o.setMaxLength(option.max_length) : o;
      });
    } else if (option.type === ApplicationCommandOptionType.Boolean) {
      builder.addBooleanOption((o) => o.setName(option.name).setDescription(option.description).setRequired(option.required ?? false));
    } else if (option.type === ApplicationCommandOptionType.Attachment) {
      builder.addAttachmentOption((o) => o.setName(option.name).setDescription(option.description).setRequired(option.required ?? false));
    } else if (option.type === ApplicationCommandOptionType.Integer) {
      builder.addIntegerOption((o) => {
        o.setName(option.name).setDescription(option.description).setRequired(option.required ?? false);
        if (option.min_value !== undefined) o.setMinValue(option.min_value);
        return option.max_value !== undefined ? o.setMaxValue(option.max_value) : o;
      });
    } else {
      assert.fail(`unexpected option type ${option.type}`);
    }
  }
  return builder.toJSON();
}
