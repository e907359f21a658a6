/** The Slack adapter's small parts: routing typed text, reading Slack text, dedupe, the slow signal. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeRouted, encodeRouted, routeText } from "../src/adapters/slack/route.js";
import { cut, escapeMrkdwn, fromSlackText } from "../src/adapters/slack/escape.js";
import { DeliveryMemory } from "../src/adapters/slack/dedupe.js";
import { withSlowSignal } from "../src/adapters/slack/signal.js";

test("typed text is routed to a registry command, or to ask", () => {
  assert.deepEqual(routeText(""), { command: "help", text: "" });
  assert.deepEqual(routeText("  help "), { command: "help", text: "" });
  assert.deepEqual(routeText("sources"), { command: "sources", text: "" });
  assert.deepEqual(routeText("conflicts"), { command: "conflicts", text: "" });
  assert.deepEqual(routeText("conflicts Finland"), { command: "conflicts", text: "Finland" });
  assert.deepEqual(routeText("ask who signed the memo"), { command: "ask", text: "who signed the memo" });
  assert.deepEqual(routeText("when was the memo signed"), { command: "ask", text: "when was the memo signed" });
  // A command without text only counts alone: these are questions.
  assert.deepEqual(routeText("sources of the funding?"), { command: "ask", text: "sources of the funding?" });
  assert.deepEqual(routeText("help me find the date"), { command: "ask", text: "help me find the date" });
  assert.deepEqual(routeText("<@UBOT> sources"), { command: "sources", text: "" });
});

test("Slack-formatted input is read back as typed", () => {
  assert.equal(fromSlackText("<@U123ABC> when did  Q&amp;A &lt;start&gt;?"), "when did Q&A <start>?");
  assert.equal(fromSlackText("see <https://x.example/a|the report> in <#C1|general> <https://y.example>"), "see the report in general https://y.example");
});

test("cut keeps entities whole and ends with an ellipsis", () => {
  assert.equal(cut("short", 10), "short");
  const escaped = escapeMrkdwn("aaaaaa & b");
  assert.equal(escaped, "aaaaaa &amp; b");
  assert.equal(cut(escaped, 10), "aaaaaa…");
  assert.ok(cut("x".repeat(5000), 3000).length <= 3000);
});

test("a button value round-trips, and foreign values are refused", () => {
  const routed = { command: "conflicts", text: "Finland \"quoted\"" };
  assert.deepEqual(decodeRouted(encodeRouted(routed)), routed);
  for (const bad of [undefined, "", "not json", "[1,2]", '["rm","-rf"]', '{"command":"ask"}']) assert.equal(decodeRouted(bad), undefined, String(bad));
  // A shared answer's value carries its id in the question log, so votes on the copy count for it.
  const logged = { command: "ask", text: "who signed the memo", answerId: "q1Zx-_9aBcDe" };
  assert.deepEqual(decodeRouted(encodeRouted(logged)), logged);
  for (const bad of ['["ask","q",null]', '["ask","q","has space"]', `["ask","q","${"x".repeat(65)}"]`, '["ask","q","a","b"]']) assert.equal(decodeRouted(bad), undefined, bad);
});

test("a delivery is claimed once by any of its keys; memory stays bounded", () => {
  const memory = new DeliveryMemory(4);
  assert.equal(memory.claim(["event:E1", "message:C1:1.0"]), true);
  assert.equal(memory.claim(["event:E1", "message:C1:1.0"]), false, "a retry");
  assert.equal(memory.claim(["event:E2", "message:C1:1.0"]), false, "the twin event of the same message");
  assert.equal(memory.claim(["event:E3", "message:C1:2.0"]), true);
  assert.equal(memory.claim(["event:E4", "message:C1:3.0"]), true);
  assert.ok(memory.size <= 4);
  assert.equal(memory.claim(["event:E1", "message:C1:1.0"]), true, "the oldest keys were forgotten");
});

test("the working signal shows only when the answer is slow", async () => {
  let shown = 0;
  const fast = await withSlowSignal(async () => "answer", async () => void shown++, 0);
  assert.equal(fast.value, "answer");
  assert.equal(fast.signal, undefined);
  assert.equal(shown, 0);

  // The work finishes only once the signal has been given: slow by construction, not by the clock.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const slow = await withSlowSignal(async () => (await released, "late answer"), async () => release(), 1);
  assert.equal(slow.value, "late answer");
  assert.equal(await slow.signal, true);

  const failing = await withSlowSignal(async () => (await new Promise((r) => setTimeout(r, 20)), 1), async () => Promise.reject(new Error("missing_scope")), 0);
  assert.equal(await failing.signal, false, "a failed signal is reported, not thrown");
});
