/**
 * The Bolt app for the configured mode: Socket Mode with an app-level token (no public URL
 * needed), or HTTP on PORT with the signing secret, where Slack posts to `/slack/events` and
 * `GET /healthz` answers 200 for load balancers and uptime checks.
 */
import type { ServerResponse } from "node:http";
import { App, type AppOptions } from "@slack/bolt";
import type { SlackConfig } from "../../config.js";
import { boltLogger } from "./logger.js";

export type SlackMode = "socket" | "http";

/** Socket Mode whenever an app-level token is set; HTTP otherwise (config.ts made sure one is possible). */
export function slackMode(slack: SlackConfig): SlackMode {
  return slack.appToken ? "socket" : "http";
}

/** Builds the app, not yet started. Call `init()` (which runs auth.test) before `start()`. */
export function createSlackApp(slack: SlackConfig, port: number): App {
  const common: AppOptions = {
    token: slack.botToken,
    logger: boltLogger(),
    // auth.test runs in init(), so a refused token stops the start with a clear message.
    deferInitialization: true,
    // No conversation state is kept between messages; skip Bolt's per-conversation store.
    convoStore: false,
    clientOptions: slack.apiUrl ? { slackApiUrl: withSlash(slack.apiUrl) } : undefined,
  };
  if (slackMode(slack) === "socket") return new App({ ...common, appToken: slack.appToken, socketMode: true });
  return new App({
    ...common,
    signingSecret: slack.signingSecret,
    port,
    customRoutes: [{ path: "/healthz", method: ["GET"], handler: (_req, res: ServerResponse) => void res.writeHead(200, { "content-type": "text/plain" }).end("ok\n") }],
  });
}

/** The Web API client joins method names to the base URL, so it must end with a slash. */
function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
