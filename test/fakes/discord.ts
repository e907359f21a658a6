/**
 * A fake Discord on 127.0.0.1 for tests: the REST API the real discord.js client calls (recorded)
 * and a gateway WebSocket that speaks the real protocol (json encoding, no compression): HELLO,
 * IDENTIFY → READY, RESUME → RESUMED, heartbeats with ACKs, and dispatches the test sends; plus a
 * CDN serving the attachments a test hands out.
 */
import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const BOT_ID = "100000000000000001";
export const APP_ID = "100000000000000002";
export const GUILD_ID = "100000000000000003";
export const CHANNEL_ID = "100000000000000004";
export const USER_ID = "100000000000000005";
export const DM_CHANNEL_ID = "100000000000000006";

export const BOT_USER = { id: BOT_ID, username: "crosscheck", discriminator: "0", global_name: null, avatar: null, bot: true };
export const HUMAN_USER = { id: USER_ID, username: "reader", discriminator: "0", global_name: "Reader", avatar: null };

/** One REST request the client made. */
export interface RecordedRequest {
  method: string;
  /** Path without the /api/v10 prefix, e.g. /interactions/1/tok/callback. */
  path: string;
  query: URLSearchParams;
  authorization?: string;
  body: unknown;
}

/** One gateway payload the client sent (IDENTIFY, RESUME, HEARTBEAT). */
export interface GatewayPayload {
  op: number;
  d: unknown;
}

/** An error the fake answers instead of success for matching requests. */
export interface FailRule {
  match(request: RecordedRequest): boolean;
  status: number;
  body: { message: string; code: number };
}

/** An attachment as Discord describes it in a message or an interaction's resolved data. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

export interface FakeDiscord {
  /** REST base for DISCORD_API_URL (discord.js appends /v10). */
  apiUrl: string;
  /** Puts a file on the fake CDN; its `url` serves it. */
  attach(filename: string, bytes: Uint8Array, contentType?: string): FakeAttachment;
  /** Attachments downloaded from the fake CDN, by id. */
  downloads: string[];
  requests: RecordedRequest[];
  received: GatewayPayload[];
  /** Connection query strings, one per gateway connection (v, encoding, compress). */
  connections: URLSearchParams[];
  failures: FailRule[];
  /** Sends a dispatch (op 0) on the open gateway connection. */
  dispatch(t: string, d: unknown): void;
  /** Asks the client for a heartbeat (op 1), as Discord may. */
  requestHeartbeat(): void;
  /** Closes the gateway connection from the server side with a close code. */
  drop(code: number): void;
  /** Resolves with the first request (already made or to come) that matches. */
  request(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Resolves with the first gateway payload (already sent or to come) that matches. */
  payload(match: (p: GatewayPayload) => boolean): Promise<GatewayPayload>;
  close(): Promise<void>;
}

/** A plausible message object, as Discord returns for a created or edited message. */
export function messageObject(id: string, channelId: string, body: unknown): Record<string, unknown> {
  const sent = (body ?? {}) as Record<string, unknown>;
  return {
    id,
    channel_id: channelId,
    author: BOT_USER,
    content: sent.content ?? "",
    embeds: sent.embeds ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    type: sent.message_reference ? 19 : 0,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: typeof sent.flags === "number" ? sent.flags : 0,
    components: sent.components ?? [],
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  return (req.headers["content-type"] ?? "").includes("json") ? JSON.parse(text) : text;
}

/** Starts the fake on an OS-chosen loopback port. */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const events = new EventEmitter();
  const requests: RecordedRequest[] = [];
  const received: GatewayPayload[] = [];
  const connections: URLSearchParams[] = [];
  const failures: FailRule[] = [];
  const attachments = new Map<string, { attachment: FakeAttachment; bytes: Uint8Array }>();
  const downloads: string[] = [];
  let socket: WebSocket | undefined;
  let sequence = 0;
  let messageIds = 900_000_000_000_000_000n;
  const nextMessageId = () => String(++messageIds);

  const server = createServer((req, res) => void handle(req, res));
  const gateway = new WebSocketServer({ server });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  function json(res: ServerResponse, status: number, body?: unknown): void {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const cdn = /^\/attachments\/\d+\/(\d+)\//.exec(url.pathname);
    if (req.method === "GET" && cdn) {
      const found = attachments.get(cdn[1] ?? "");
      downloads.push(cdn[1] ?? "");
      if (!found) return json(res, 404, { message: "404: Not Found", code: 0 });
      res.writeHead(200, { "content-type": found.attachment.content_type, "content-length": String(found.bytes.length) }).end(Buffer.from(found.bytes));
      return;
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: await readBody(req),
    };
    requests.push(recorded);
    events.emit("request", recorded);

    const failure = failures.find((f) => f.match(recorded));
    if (failure) return json(res, failure.status, failure.body);

    const route = `${recorded.method} ${path}`;
    let m: RegExpMatchArray | null;
    if (route === "GET /gateway/bot") {
      return json(res, 200, { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    if (route === "GET /users/@me") return json(res, 200, BOT_USER);
    if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(route)) return json(res, 204);
    if ((m = route.match(/^PATCH \/webhooks\/\d+\/[^/]+\/messages\/@original$/))) return json(res, 200, messageObject(nextMessageId(), CHANNEL_ID, recorded.body));
    // An interaction's follow-up message.
    if ((m = route.match(/^POST \/webhooks\/\d+\/[^/]+$/))) return json(res, 200, messageObject(nextMessageId(), CHANNEL_ID, recorded.body));
    if ((m = route.match(/^POST \/channels\/(\d+)\/messages$/))) return json(res, 200, messageObject(nextMessageId(), m[1] ?? CHANNEL_ID, recorded.body));
    if ((m = route.match(/^PUT \/applications\/\d+(?:\/guilds\/\d+)?\/commands$/))) {
      const bodies = (recorded.body ?? []) as Record<string, unknown>[];
      return json(res, 200, bodies.map((b, i) => ({ ...b, id: String(800 + i), application_id: APP_ID, version: "1" })));
    }
    return json(res, 404, { message: "404: Not Found", code: 0 });
  }

  function send(payload: Record<string, unknown>): void {
    if (!socket || socket.readyState !== socket.OPEN) throw new Error("fake Discord: no open gateway connection");
    socket.send(JSON.stringify(payload));
  }

  function ready(): Record<string, unknown> {
    return {
      v: 10,
      user: BOT_USER,
      guilds: [],
      session_id: "fake-session",
      resume_gateway_url: gatewayUrl,
      shard: [0, 1],
      application: { id: APP_ID, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
    };
  }

  gateway.on("connection", (ws, req) => {
    socket = ws;
    connections.push(new URL(req.url ?? "/", "http://127.0.0.1").searchParams);
    ws.on("message", (raw) => {
      const payload = JSON.parse(raw.toString()) as GatewayPayload;
      received.push(payload);
      events.emit("payload", payload);
      if (payload.op === 1) send({ op: 11 });
      else if (payload.op === 2) send({ op: 0, t: "READY", s: ++sequence, d: ready() });
      else if (payload.op === 6) send({ op: 0, t: "RESUMED", s: ++sequence, d: {} });
    });
    // Long enough that the client's own heartbeat schedule never matters during a test.
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
  });

  function waitFor<T>(list: readonly T[], event: string, match: (item: T) => boolean): Promise<T> {
    const found = list.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const listener = (item: T) => {
        if (!match(item)) return;
        events.off(event, listener);
        resolve(item);
      };
      events.on(event, listener);
    });
  }

  let attachmentIds = 300_000_000_000_000_000n;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    attach(filename, bytes, contentType = "application/octet-stream") {
      const id = String(++attachmentIds);
      const url = `http://127.0.0.1:${port}/attachments/${CHANNEL_ID}/${id}/${encodeURIComponent(filename)}`;
      const attachment: FakeAttachment = { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
      attachments.set(id, { attachment, bytes });
      return attachment;
    },
    downloads,
    requests,
    received,
    connections,
    failures,
    dispatch: (t, d) => send({ op: 0, t, s: ++sequence, d }),
    requestHeartbeat: () => send({ op: 1, d: null }),
    drop: (code) => socket?.close(code, "fake Discord dropped the connection"),
    request: (match) => waitFor(requests, "request", match),
    payload: (match) => waitFor(received, "payload", match),
    async close() {
      for (const client of gateway.clients) client.terminate();
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A guild with one text channel, as GUILD_CREATE delivers it to a bot with the Guilds intent. */
export function guildCreate(): Record<string, unknown> {
  return {
    id: GUILD_ID,
    name: "Newsroom",
    icon: null,
    owner_id: USER_ID,
    roles: [{ id: GUILD_ID, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    member_count: 2,
    members: [{ user: BOT_USER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
    channels: [{ id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "fact-check", position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    threads: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    large: false,
    unavailable: false,
    joined_at: new Date(0).toISOString(),
    preferred_locale: "en-US",
    premium_tier: 0,
    system_channel_flags: 0,
    verification_level: 0,
    nsfw_level: 0,
    mfa_level: 0,
    explicit_content_filter: 0,
    default_message_notifications: 0,
    afk_timeout: 300,
  };
}

/** A member of the test guild as an interaction carries it; `permissions` is their bit set ("0" for none). */
function guildMember(user: typeof HUMAN_USER = HUMAN_USER, permissions = "0"): Record<string, unknown> {
  return { user, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions };
}

/** A slash command invocation in the test guild, as INTERACTION_CREATE delivers it. */
export function slashInteraction(id: string, name: string, options: { name: string; type: number; value: string | boolean | number }[] = [], permissions = "0"): Record<string, unknown> {
  return {
    id,
    application_id: APP_ID,
    type: 2,
    token: `token-${id}`,
    version: 1,
    data: { id: "700", name, type: 1, options },
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "fact-check" },
    member: guildMember(HUMAN_USER, permissions),
    app_permissions: "0",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    attachment_size_limit: 8388608,
  };
}

/** `/add` with an attachment (and a title), as INTERACTION_CREATE delivers it; `permissions` is the member's bit set. */
export function addInteraction(id: string, attachment: FakeAttachment, opts: { title?: string; user?: typeof HUMAN_USER; permissions?: string } = {}): Record<string, unknown> {
  const base = slashInteraction(id, "add", [{ name: "file", type: 11, value: attachment.id }, ...(opts.title ? [{ name: "title", type: 3, value: opts.title }] : [])]);
  const data = base.data as Record<string, unknown>;
  return { ...base, data: { ...data, resolved: { attachments: { [attachment.id]: attachment } } }, member: guildMember(opts.user, opts.permissions) };
}

/** Who clicks: the test's human, with the permissions the member has in the guild (a bit field, "0" for none). */
export interface Clicker {
  user?: typeof HUMAN_USER;
  permissions?: string;
}

/** A click on a message component (button or select menu) in the test guild, as INTERACTION_CREATE delivers it. */
export function componentInteraction(id: string, data: { custom_id: string; component_type: number; values?: string[] }, message: Record<string, unknown>, clicker: Clicker = {}): Record<string, unknown> {
  return { ...slashInteraction(id, "unused", []), type: 3, data, message, member: guildMember(clicker.user, clicker.permissions) };
}

/** A click on a button (component type 2). */
export function buttonInteraction(id: string, customId: string, message: Record<string, unknown>, clicker: Clicker = {}): Record<string, unknown> {
  return componentInteraction(id, { custom_id: customId, component_type: 2 }, message, clicker);
}

/** A choice in a string select menu (component type 3). */
export function selectInteraction(id: string, customId: string, values: string[], message: Record<string, unknown>, clicker: Clicker = {}): Record<string, unknown> {
  return componentInteraction(id, { custom_id: customId, component_type: 3, values }, message, clicker);
}

/** A message in the test channel, as MESSAGE_CREATE delivers it. */
export function guildMessage(id: string, content: string, opts: { mentionsBot?: boolean; author?: typeof HUMAN_USER | typeof BOT_USER; attachments?: FakeAttachment[] } = {}): Record<string, unknown> {
  const author = opts.author ?? HUMAN_USER;
  return {
    id,
    channel_id: CHANNEL_ID,
    guild_id: GUILD_ID,
    author,
    member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
    content,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: opts.mentionsBot ? [BOT_USER] : [],
    mention_roles: [],
    attachments: opts.attachments ?? [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
}

/** A direct message to the bot (no guild, no mention), as MESSAGE_CREATE delivers it. */
export function directMessage(id: string, content: string): Record<string, unknown> {
  const { guild_id: _guild, member: _member, ...message } = guildMessage(id, content);
  return { ...message, channel_id: DM_CHANNEL_ID, channel_type: 1 };
}
