/**
 * A tiny HTTP server answering GET /healthz, for container health checks and load balancers,
 * when no other server (Slack HTTP mode) listens on PORT.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface HealthStatus {
  /** False while starting or shutting down: the answer is 503. */
  ok: boolean;
  [detail: string]: unknown;
}

export interface HealthServer {
  /** The port actually listened on (useful with port 0). */
  port: number;
  stop(): Promise<void>;
}

/** Starts the health server. `status` is read per request. */
export async function startHealthServer(options: { port: number; host?: string; status: () => HealthStatus }): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path !== "/healthz") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    const status = options.status();
    res.writeHead(status.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(status) + "\n");
  });
  // Health checks are short; do not let an idle keep-alive hold shutdown up.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
