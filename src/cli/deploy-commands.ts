/**
 * `npm run deploy-commands`: registers the slash commands with Discord (to DISCORD_GUILD_ID when
 * set, for instant updates; globally otherwise, which Discord may take up to an hour to show).
 * `npm run deploy-commands -- --dry-run` prints the JSON it would send and registers nothing; it
 * needs no token.
 */
import { ConfigError, readConfig } from "../config.js";
import { commandBodies } from "../adapters/discord/commands.js";
import { deployCommands } from "../adapters/discord/deploy.js";

const USAGE = "usage: npm run deploy-commands [-- --dry-run]";

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== "--dry-run");
  if (unknown.length) {
    process.stderr.write(`deploy-commands: unknown argument ${unknown[0]}\n${USAGE}\n`);
    return 2;
  }
  if (argv.includes("--dry-run")) {
    process.stdout.write(JSON.stringify(commandBodies(), null, 2) + "\n");
    return 0;
  }
  const discord = readConfig().discord;
  if (!discord) throw new ConfigError("Set DISCORD_TOKEN (the bot token from the Developer Portal) to register the commands.");
  const clientId = discord.clientId;
  if (!clientId) throw new ConfigError("Set DISCORD_CLIENT_ID (the application id from the Developer Portal) to register the commands.");
  const { scope, commands } = await deployCommands({ ...discord, clientId });
  process.stderr.write(`deploy-commands: registered ${commands.length} commands (${commands.map((c) => `/${c.name}`).join(", ")}) ${scope === "global" ? "globally" : `to ${scope}`}.\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`deploy-commands: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = err instanceof ConfigError ? 2 : 1;
  },
);
