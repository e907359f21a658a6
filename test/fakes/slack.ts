/**
 * A fake Slack for tests, on 127.0.0.1 only: the Web API (`/api/<method>`, answering `{ ok: true }`
 * like Slack, from form or JSON bodies) and response URLs (`/respond/<id>`), recording every call;
 * shared files served at their url_private_download only to the bot token (anyone else gets the
 * sign-in page, as from Slack); plus a client that signs requests exactly as Slack does.
 */
import { createHmac } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** The bot the fake workspace knows (what auth.test answers). */
export const FAKE_BOT = { userId: "UBOT00001", botId: "BBOT00001", teamId: "T0000001" } as const;

/** One recorded call: a Web API method or a post to a response URL. */
export interface RecordedCall {
  /** "chat.postMessage", "reactions.add"… or "respond:<id>" for response URLs. */
  method: string;
  params: Record<string, unknown>;
}

/** A file as Slack describes it in a `file_share` message or an `app_mention`. */
export interface FakeSlackFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  size: number;
  url_private: string;
  url_private_download: string;
}

/** One download of a shared file, and the Authorization header it came with. */
export interface FakeDownload {
  fileId: string;
  authorization?: string;
  served: boolean;
}

export interface FakeSlack {
  /** Base URL of the fake Web API (SLACK_API_URL). */
  apiUrl: string;
  /** Shares a file: it is served at its url_private_download to the bot token. */
  shareFile(name: string, bytes: Uint8Array, mimetype?: string): FakeSlackFile;
  downloads: FakeDownload[];
  /** A fresh response URL. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** Calls of one method. */
  callsOf(method: string): RecordedCall[];
  /** Resolves with the first call (already made or coming) that matches. */
  waitFor(match: (call: RecordedCall) => boolean, what?: string): Promise<RecordedCall>;
  close(): Promise<void>;
}

/** Generous guard so a broken test fails with a message instead of hanging; not a speed check. */
const WAIT_LIMIT_MS = 20_000;

/** The bot token the fake accepts for file downloads (the tests' SLACK_BOT_TOKEN). */
export const FAKE_BOT_TOKEN = "xoxb-test-token";

export async function startFakeSlack(options: { botToken?: string } = {}): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const waiters: { match: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  const files = new Map<string, { file: FakeSlackFile; bytes: Uint8Array }>();
  const downloads: FakeDownload[] = [];
  const botToken = options.botToken ?? FAKE_BOT_TOKEN;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const download = /^\/files-pri\/[^/]+-([^/]+)\/download\//.exec(url.pathname);
    if (req.method === "GET" && download) {
      const shared = files.get(download[1] ?? "");
      const served = Boolean(shared) && req.headers.authorization === `Bearer ${botToken}`;
      downloads.push({ fileId: download[1] ?? "", authorization: req.headers.authorization, served });
      // Slack answers a download without the right token with its sign-in page, not an error.
      if (!served || !shared) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>Slack</title><p>Sign in to continue.</p>");
      else res.writeHead(200, { "content-type": shared.file.mimetype, "content-length": String(shared.bytes.length) }).end(Buffer.from(shared.bytes));
      return;
    }
    const params = parseBody(await readBody(req), req.headers["content-type"] ?? "");
    const method = url.pathname.startsWith("/api/") ? url.pathname.slice(5) : `respond:${url.pathname.replace(/^\/respond\//, "")}`;
    const call = { method, params };
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.match(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(answerFor(method, params)));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let fileIds = 0;
  return {
    apiUrl: `${base}/api/`,
    shareFile(name, bytes, mimetype = "application/octet-stream") {
      const id = `F${String(++fileIds).padStart(8, "0")}`;
      const file: FakeSlackFile = {
        id,
        name,
        title: name,
        mimetype,
        filetype: name.split(".").pop() ?? "",
        size: bytes.length,
        url_private: `${base}/files-pri/${FAKE_BOT.teamId}-${id}/${encodeURIComponent(name)}`,
        url_private_download: `${base}/files-pri/${FAKE_BOT.teamId}-${id}/download/${encodeURIComponent(name)}`,
      };
      files.set(id, { file, bytes });
      return file;
    },
    downloads,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    waitFor(match, what = "a matching Slack call") {
      const done = calls.find(match);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_LIMIT_MS} ms; calls: ${calls.map((c) => c.method).join(", ")}`)), WAIT_LIMIT_MS);
        waiters.push({ match, resolve: (c) => (clearTimeout(timer), resolve(c)) });
      });
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** What Slack answers: `ok`, plus what callers read (auth.test's ids, a message ts). */
function answerFor(method: string, params: Record<string, unknown>): Record<string, unknown> {
  switch (method) {
    case "auth.test":
      return { ok: true, url: "https://fake.slack.com/", team: "Fake", user: "crosscheck", team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
    case "chat.postMessage":
      return { ok: true, channel: params.channel, ts: `${Math.floor(Date.now() / 1000)}.000100`, message: { text: params.text } };
    default:
      return { ok: true };
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Form bodies carry nested arguments (blocks) as JSON strings; they are parsed back. */
function parseBody(body: string, contentType: string): Record<string, unknown> {
  if (!body) return {};
  if (contentType.includes("application/json")) return JSON.parse(body) as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    params[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return params;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export interface SignOptions {
  secret: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Sent as X-Slack-Retry-Num when set. */
  retryNum?: number;
  /** Replaces the computed signature (to test a forged request). */
  signature?: string;
}

/** The `v0=` signature Slack puts on a request: HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Posts a body to the app's /slack/events as Slack does, signed. */
export async function postToSlackApp(appUrl: string, body: string, contentType: string, options: SignOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signature ?? slackSignature(options.secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(`${appUrl}/slack/events`, { method: "POST", headers, body });
}

/** A slash command as Slack sends it: form-encoded. */
export function slashCommandBody(fields: { text: string; responseUrl: string; command?: string; userId?: string; channelId?: string }): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: FAKE_BOT.teamId,
    team_domain: "fake",
    channel_id: fields.channelId ?? "C0000001",
    channel_name: "general",
    user_id: fields.userId ?? "U0000001",
    user_name: "asker",
    command: fields.command ?? "/ask",
    text: fields.text,
    api_app_id: "A0000001",
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: "1.2.3",
  }).toString();
}

/** Where a click happened: a private (ephemeral) answer, or a message posted in the channel. */
interface ClickPlace {
  responseUrl: string;
  userId?: string;
  channelId?: string;
  /** Clicked on an ephemeral message (a slash command's answer): Slack sends no `message` then. Default true. */
  ephemeral?: boolean;
}

/** A `block_actions` payload as Slack sends it: form-encoded, the JSON in a `payload` field. */
function blockActionsBody(place: ClickPlace, action: Record<string, unknown>): string {
  const channelId = place.channelId ?? "C0000001";
  const payload = {
    type: "block_actions",
    user: { id: place.userId ?? "U0000001", username: "asker", team_id: FAKE_BOT.teamId },
    api_app_id: "A0000001",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: "1700000000.000200", channel_id: channelId, is_ephemeral: place.ephemeral ?? true },
    trigger_id: "1.2.4",
    team: { id: FAKE_BOT.teamId, domain: "fake" },
    channel: { id: channelId, name: "general" },
    response_url: place.responseUrl,
    actions: [{ block_id: "actions", action_ts: "1700000001.000300", ...action }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A button click as Slack sends it. */
export function buttonClickBody(fields: ClickPlace & { actionId: string; value: string; text?: string }): string {
  return blockActionsBody(fields, { type: "button", action_id: fields.actionId, value: fields.value, text: { type: "plain_text", text: fields.text ?? "Share in channel" } });
}

/** A choice in a static select menu as Slack sends it. */
export function menuChoiceBody(fields: ClickPlace & { actionId: string; value: string; text?: string }): string {
  return blockActionsBody(fields, {
    type: "static_select",
    action_id: fields.actionId,
    selected_option: { text: { type: "plain_text", text: fields.text ?? fields.value }, value: fields.value },
  });
}

/** An Events API delivery as Slack sends it: JSON `event_callback`. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: FAKE_BOT.teamId,
    api_app_id: "A0000001",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false }],
    event,
  });
}
