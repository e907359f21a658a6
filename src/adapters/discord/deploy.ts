/**
 * Registering the slash commands with Discord: to one guild (instant, for development) when a
 * guild id is given, globally otherwise.
 */
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { DiscordConfig } from "../../config.js";
import { commandBodies } from "./commands.js";

export interface Deployment {
  /** Where the commands went: "guild <id>" or "global". */
  scope: string;
  commands: RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/**
 * Replaces the application's commands with the registry's (a PUT overwrites, so commands
 * removed from the registry disappear from Discord too).
 */
export async function deployCommands(config: DiscordConfig & { clientId: string }): Promise<Deployment> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = commandBodies();
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  await rest.put(route, { body });
  return { scope: config.guildId ? `guild ${config.guildId}` : "global", commands: body };
}
