/** Discord attachments as /add reads them: fetched from Discord's CDN only, within the size limit. */
import type { IncomingFile } from "../../../commands/index.js";
import { download } from "../../runtime/download.js";

/** The fields of a discord.js Attachment that a download needs. */
export interface DiscordAttachment {
  name: string;
  size: number;
  url: string;
}

/** Discord's CDN hosts, and the configured API's host (the tests' fake Discord). */
export function discordHosts(apiUrl?: string): (host: string) => boolean {
  const own = apiUrl ? new URL(apiUrl).hostname : undefined;
  return (host) => host === "cdn.discordapp.com" || host === "media.discordapp.net" || host === own;
}

/** An attachment as /add takes it; its bytes are only fetched if /add goes ahead. */
export function discordFile(attachment: DiscordAttachment, apiUrl?: string): IncomingFile {
  return {
    name: attachment.name,
    size: attachment.size,
    fetch: (maxBytes) => download(attachment.url, { maxBytes, hosts: discordHosts(apiUrl), from: "Discord" }),
  };
}
