/**
 * Files shared with the bot on Slack, as /add reads them: downloaded from the file's
 * url_private_download with the bot token (scope files:read), only ever from Slack's own hosts.
 */
import type { webApi } from "@slack/bolt";
import type { IncomingFile } from "../../../commands/index.js";
import { download, UploadRefused } from "../../runtime/download.js";

/** The fields of a Slack file object that a download needs. */
export interface SlackFile {
  id?: string;
  name?: string;
  title?: string;
  size?: number;
  url_private_download?: string;
}

/** Slack's hosts, and the configured API's host (a proxy, or the tests' fake Slack). */
export function slackHosts(apiUrl?: string): (host: string) => boolean {
  const own = apiUrl ? new URL(apiUrl).hostname : undefined;
  return (host) => host === "slack.com" || host.endsWith(".slack.com") || host === own;
}

/** A shared file as /add takes it; the bytes are only fetched if /add goes ahead. */
export function slackFile(file: SlackFile, client: webApi.WebClient, token: string, apiUrl?: string): IncomingFile {
  return {
    name: file.name || file.title || file.id || "document",
    size: file.size,
    async fetch(maxBytes) {
      let url = file.url_private_download;
      // Files shared from another workspace come without their address: files.info gives it.
      if (!url && file.id) url = ((await client.files.info({ file: file.id })).file as SlackFile | undefined)?.url_private_download;
      if (!url) throw new UploadRefused("Slack gave no address to download it from");
      return download(url, {
        maxBytes,
        hosts: slackHosts(apiUrl),
        headers: { Authorization: `Bearer ${token}` },
        from: "Slack",
        pageInstead: "Slack sent its sign-in page instead of the file: the app needs the files:read scope (reinstall it from the manifest)",
      });
    },
  };
}

/** A message that asks to add its files: it carries files and says "add". */
export function asksToAdd(text: string, files: readonly unknown[] | undefined): boolean {
  return Boolean(files?.length) && /(^|\s)add\b/i.test(text);
}

/** The title after "add" ("@crosscheck add Q3 board report" → "Q3 board report"), if any. */
export function titleAfterAdd(text: string): string {
  return /(?:^|\s)add\b\s*(.*)$/is.exec(text)?.[1]?.trim() ?? "";
}
