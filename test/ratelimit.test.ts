/** Limits in dispatch(), for every adapter: per-user rate limit, question length, usage, shutdown. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryEngine } from "../src/core/engine.js";
import { configureDispatch, dispatch } from "../src/adapters/dispatch.js";
import { RateLimiter } from "../src/runtime/rate-limit.js";
import { RequestGate } from "../src/runtime/request-gate.js";
import type { CommandContext, CommandResult } from "../commands/index.js";
import { log } from "../src/log.js";

// Reloads and failures are logged on purpose; the assertions say what matters here.
log.level = "silent";

const dir = mkdtempSync(join(tmpdir(), "crosscheck-limits-"));
writeFileSync(join(dir, "bridge.txt"), "Harbor bridge opens\n\nThe Harbor Bridge in Riverton opened on March 3, 2021, after four years of work.\n");
const engine = await QueryEngine.load(dir);
const ctx: CommandContext = { engine: () => engine };
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

const ask = (text: string, userId: string, platform = "slack") => dispatch("ask", { text, userId }, ctx, { platform });
const message = (r: CommandResult) => (r.kind === "error" ? r.message : "");

test("the token bucket allows a burst of perMinute, then one every 60/perMinute seconds, per key", () => {
  const time = clock();
  const limiter = new RateLimiter(3, time.now);
  for (let i = 0; i < 3; i++) assert.deepEqual(limiter.take("a"), { allowed: true });
  const refused = limiter.take("a");
  assert.equal(refused.allowed, false);
  assert.ok(!refused.allowed && refused.retryAfterMs > 0 && refused.retryAfterMs <= 20_000, "wait at most one refill interval");
  assert.deepEqual(limiter.take("b"), { allowed: true }, "another key has its own allowance");
  time.advance(20_000);
  assert.deepEqual(limiter.take("a"), { allowed: true }, "one question back after 60/3 s");
  assert.equal(limiter.take("a").allowed, false);
  time.advance(10 * 60_000);
  for (let i = 0; i < 3; i++) assert.deepEqual(limiter.take("a"), { allowed: true }, "refills to the burst, not beyond");
  assert.equal(limiter.take("a").allowed, false);
});

test("dispatch limits each user on each platform, with a friendly reply; help and the terminal are not limited", async () => {
  const time = clock();
  configureDispatch({ limiter: new RateLimiter(2, time.now), gate: new RequestGate() });
  assert.equal((await ask("when did the Harbor Bridge open?", "U1")).kind, "answer");
  assert.equal((await ask("when did the Harbor Bridge open?", "U1")).kind, "answer");
  const third = await ask("when did the Harbor Bridge open?", "U1");
  assert.equal(third.kind, "error");
  assert.match(message(third), /faster than 2 questions a minute; please wait 30 seconds/);
  assert.equal((await ask("when did the Harbor Bridge open?", "U2")).kind, "answer", "another user is not affected");
  assert.equal((await ask("when did the Harbor Bridge open?", "U1", "discord")).kind, "answer", "same id on another platform is another user");
  assert.equal((await dispatch("help", { text: "", userId: "U1" }, ctx, { platform: "slack" })).kind, "help");
  for (let i = 0; i < 5; i++) assert.equal((await ask("when did the Harbor Bridge open?", "terminal", "terminal")).kind, "answer");
  time.advance(30_000);
  assert.equal((await ask("when did the Harbor Bridge open?", "U1")).kind, "answer", "allowed again after the wait it named");
});

test("too long questions get a clear message, empty ones get usage, and neither uses up the allowance", async () => {
  configureDispatch({ limiter: new RateLimiter(1, clock().now), gate: new RequestGate(), maxQuestionLength: 120 });
  const long = await ask("why ".repeat(40), "U3");
  assert.equal(long.kind, "error");
  assert.match(message(long), /That question is 159 characters long; the limit is 120/);
  const over500 = await ask("x".repeat(600), "U3");
  assert.match(message(over500), /600 characters long; the limit is 120/);
  const empty = await ask("   ", "U3");
  assert.equal(empty.kind, "help");
  assert.ok(empty.kind === "help" && empty.lines.length === 1 && empty.lines[0]!.usage === "/ask <question>", "usage of /ask only");
  const topic = await dispatch("conflicts", { text: "t".repeat(201), userId: "U3" }, ctx, { platform: "slack" });
  assert.match(message(topic), /That topic is 201 characters long; the limit is 200/);
  assert.equal((await ask("when did the Harbor Bridge open?", "U3")).kind, "answer", "the one allowed question is still there");
  configureDispatch({ maxQuestionLength: 500 });
});

test("unknown commands and failing commands become messages; after shutdown begins no new question is taken", async () => {
  const gate = new RequestGate();
  configureDispatch({ limiter: new RateLimiter(100), gate });
  assert.match(message(await dispatch("frobnicate", { text: "" }, ctx, { platform: "slack" })), /Unknown command "frobnicate"/);
  const broken: CommandContext = {
    engine: () => {
      throw new Error("index missing");
    },
  };
  assert.match(message(await dispatch("ask", { text: "when?", userId: "U4" }, broken, { platform: "slack" })), /Something went wrong/);
  gate.close();
  assert.match(message(await ask("when did the Harbor Bridge open?", "U4")), /restarting/);
  assert.equal(await gate.drained(10), true);
  configureDispatch({ gate: new RequestGate() });
});

test("the gate waits for requests in flight before shutdown continues", async () => {
  const gate = new RequestGate();
  let finish!: () => void;
  const slow = gate.run(() => new Promise<void>((resolve) => (finish = resolve)));
  gate.close();
  assert.equal(gate.pending, 1);
  const drained = gate.drained(60_000);
  let settled = false;
  void drained.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(settled, false, "still waiting for the request in flight");
  finish();
  await slow;
  assert.equal(await drained, true);
});
