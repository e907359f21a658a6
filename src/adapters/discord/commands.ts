/**
 * Discord slash commands, built from the command registry (`commands/`) and never declared here:
 * each registry option becomes a Discord option. The only Discord-specific addition is the
 * `ephemeral` option of /ask, which decides who sees the reply, not what the command does.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { commands, type Command, type CommandInput, type Requester } from "../../../commands/index.js";
import { truncate } from "./text.js";
import { discordFile } from "./files.js";

/** Discord's limit on command and option descriptions. */
const DESCRIPTION_LIMIT = 100;

/** The option that makes a reply visible only to the person who asked. */
export const EPHEMERAL_OPTION = "ephemeral";

/** Commands that get the `ephemeral` option. */
const PRIVATE_REPLY_COMMANDS = new Set(["ask"]);
/** Commands always answered privately: the editors' report lists what others asked. */
const ALWAYS_PRIVATE_COMMANDS = new Set(["report"]);

/** Builds the slash command for one registry command (the builder validates names and lengths). */
export function slashCommand(command: Command): SlashCommandBuilder {
  const builder = new SlashCommandBuilder()
    .setName(command.name)
    .setDescription(truncate(command.description, DESCRIPTION_LIMIT))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  // Discord requires required options before optional ones.
  const options = [...command.options].sort((a, b) => Number(b.required) - Number(a.required));
  for (const option of options) {
    const description = truncate(option.description, DESCRIPTION_LIMIT);
    if (option.type === "boolean") {
      builder.addBooleanOption((o) => o.setName(option.name).setDescription(description).setRequired(option.required));
    } else if (option.type === "attachment") {
      builder.addAttachmentOption((o) => o.setName(option.name).setDescription(description).setRequired(option.required));
    } else if (option.type === "integer") {
      builder.addIntegerOption((o) => {
        o.setName(option.name).setDescription(description).setRequired(option.required);
        if (option.min !== undefined) o.setMinValue(option.min);
        return option.max !== undefined ? o.setMaxValue(option.max) : o;
      });
    } else {
      builder.addStringOption((o) => {
        o.setName(option.name).setDescription(description).setRequired(option.required);
        return option.maxLength ? o.setMaxLength(option.maxLength) : o;
      });
    }
  }
  if (PRIVATE_REPLY_COMMANDS.has(command.name)) {
    builder.addBooleanOption((o) => o.setName(EPHEMERAL_OPTION).setDescription("Answer privately: only you see the reply.").setRequired(false));
  }
  return builder;
}

/** The JSON bodies Discord receives when the commands are registered, one per registry command. */
export function commandBodies(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => slashCommand(c).toJSON());
}

/** Who asked an interaction, as the editors list knows them; Manage Server makes a member an editor. */
export function requesterOf(interaction: ChatInputCommandInteraction): Requester {
  return {
    platform: "discord",
    userId: interaction.user.id,
    place: interaction.channelId,
    managesServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}

/**
 * The registry input of an interaction: its free-text or number option (question, topic, title,
 * days), its attachments, and who asked.
 */
export function inputFromInteraction(command: Command, interaction: ChatInputCommandInteraction, apiUrl?: string): CommandInput {
  const textOption = command.options.find((o) => o.type === "string" || o.type === "integer");
  let text = "";
  if (textOption?.type === "string") text = interaction.options.getString(textOption.name) ?? "";
  else if (textOption) text = String(interaction.options.getInteger(textOption.name) ?? "");
  const files = command.options
    .filter((o) => o.type === "attachment")
    .map((o) => interaction.options.getAttachment(o.name))
    .filter((a) => a !== null)
    .map((a) => discordFile(a, apiUrl));
  return { text, userId: interaction.user.id, requester: requesterOf(interaction), ...(files.length ? { files } : {}) };
}

/** Whether the reply is for the asker only: chosen with /ask's option, or always (the report). */
export function wantsPrivateReply(interaction: ChatInputCommandInteraction): boolean {
  if (ALWAYS_PRIVATE_COMMANDS.has(interaction.commandName)) return true;
  return PRIVATE_REPLY_COMMANDS.has(interaction.commandName) && (interaction.options.getBoolean(EPHEMERAL_OPTION) ?? false);
}
