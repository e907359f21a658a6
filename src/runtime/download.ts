/**
 * Fetching a file a chat platform holds (Slack's url_private_download, a Discord attachment):
 * only from the platform's own hosts, refused past a size before and while it arrives, and
 * given up after a while. A platform's token is only ever sent to that platform.
 */

/** A file that will not be fetched; the message says why, for people. */
export class UploadRefused extends Error {
  override readonly name = "UploadRefused";
}

/** A slow download is given up after this long: a document takes seconds, not minutes. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

export interface DownloadOptions {
  maxBytes: number;
  /** Hosts the URL may name: the platform's own (and, in tests or behind a proxy, the configured API's). */
  hosts: (host: string) => boolean;
  headers?: Record<string, string>;
  /** For messages: "Slack", "Discord". */
  from: string;
  /**
   * What it means when a web page comes back for a file that is no web page (Slack answers a
   * download it refuses with its sign-in page): refused with this sentence.
   */
  pageInstead?: string;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;

/** Says that a file is over the limit. */
export function tooLarge(size: number, maxBytes: number): UploadRefused {
  return new UploadRefused(`too large (${megabytes(size)}; the limit is ${megabytes(maxBytes)})`);
}

/** Downloads a file into memory. Throws UploadRefused with the reason. */
export async function download(url: string, options: DownloadOptions): Promise<Uint8Array> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UploadRefused(`${options.from} gave no address to download it from`);
  }
  if (!/^https?:$/.test(parsed.protocol) || !options.hosts(parsed.hostname)) throw new UploadRefused(`${options.from} gave an address that is not its own (${parsed.hostname})`);
  let response: Response;
  try {
    response = await fetch(parsed, { headers: options.headers, redirect: "follow", signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (err) {
    throw new UploadRefused(`could not be downloaded from ${options.from} (${(err as Error).name === "TimeoutError" ? "it took too long" : (err as Error).message})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new UploadRefused(`${options.from} refused the download (HTTP ${response.status})`);
  }
  if (options.pageInstead && /^text\/html/i.test(response.headers.get("content-type") ?? "") && !/\.html?$/i.test(parsed.pathname)) {
    await response.body?.cancel().catch(() => undefined);
    throw new UploadRefused(options.pageInstead);
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(declared, options.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Leaving the loop early cancels the rest of the download.
  for await (const chunk of response.body ?? []) {
    total += chunk.length;
    if (total > options.maxBytes) break;
    chunks.push(chunk);
  }
  if (total > options.maxBytes) throw tooLarge(total, options.maxBytes);
  return Buffer.concat(chunks, total);
}
