/** The Slack app manifest asks for what the adapter uses. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../src/paths.js";

interface Manifest {
  features: { slash_commands: { command: string; description: string }[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

test("slack-manifest.yml declares /ask, /report, the events, scopes (files:read for shared files), interactivity and Socket Mode the adapter relies on", async () => {
  const manifest = parse(await readFile(resolve(PROJECT_ROOT, "slack-manifest.yml"), "utf8")) as Manifest;
  assert.deepEqual(manifest.features.slash_commands.map((c) => c.command), ["/ask", "/report"]);
  for (const c of manifest.features.slash_commands) assert.ok(c.description.length <= 100, `${c.command}: Slack allows 100 characters of description`);
  assert.equal(manifest.features.app_home.messages_tab_enabled, true, "people can write to the bot");
  assert.deepEqual([...manifest.settings.event_subscriptions.bot_events].sort(), ["app_mention", "message.im"]);
  for (const scope of ["app_mentions:read", "chat:write", "commands", "files:read", "im:history", "reactions:write"]) assert.ok(manifest.oauth_config.scopes.bot.includes(scope), scope);
  assert.equal(manifest.settings.interactivity.is_enabled, true, "the feedback and share buttons need interactivity");
  assert.equal(manifest.settings.socket_mode_enabled, true);
});
