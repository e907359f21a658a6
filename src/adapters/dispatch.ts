/**
 * The one way adapters run a command: find it, check the input (empty → usage, too long → a
 * clear message), apply the per-user rate limit, run it, turn any failure into a clear message,
 * and queue each answer for the question log. Because every adapter goes through here, every
 * platform gets the same rules.
 */
import { findCommand, type Command, type CommandContext, type CommandInput, type CommandResult } from "../../commands/index.js";
import { MAX_QUESTION_LENGTH } from "../core/question/validate.js";
import { RateLimiter } from "../runtime/rate-limit.js";
import { RequestGate } from "../runtime/request-gate.js";
import { log } from "../log.js";

export interface DispatchOptions {
  /** Where the request came from, for logs and rate limits ("slack", "discord", "terminal"). */
  platform: string;
  /** The Slack team or Discord guild, for the question log. */
  workspaceId?: string;
  /** The channel (or direct-message conversation), for the question log. */
  channelId?: string;
}

/** The per-request rules; main sets them from the configuration. */
export interface DispatchPolicy {
  /** Per-user limit; undefined for none. */
  limiter?: RateLimiter;
  /** Platforms whose users are not limited: the terminal's one user is the operator. */
  unlimitedPlatforms: ReadonlySet<string>;
  /** Longest question, in characters. */
  maxQuestionLength: number;
  /** Counts requests in flight; closed at shutdown. */
  gate: RequestGate;
}

/** Commands that cost nothing and are never limited. */
const FREE_COMMANDS = new Set(["help"]);
const DEFAULT_RATE_LIMIT_PER_MINUTE = 10;

let policy: DispatchPolicy = {
  limiter: new RateLimiter(DEFAULT_RATE_LIMIT_PER_MINUTE),
  unlimitedPlatforms: new Set(["terminal"]),
  maxQuestionLength: MAX_QUESTION_LENGTH,
  gate: new RequestGate(),
};

/** Replaces parts of the dispatch policy (at start, from the configuration; in tests). */
export function configureDispatch(changes: Partial<DispatchPolicy>): DispatchPolicy {
  const given = Object.entries(changes).filter(([, value]) => value !== undefined);
  policy = { ...policy, ...Object.fromEntries(given) };
  return policy;
}

const error = (message: string): CommandResult => ({ kind: "error", message });

/** The usage of one command: its line from /help, so usage is worded in one place. */
async function usage(command: Command, ctx: CommandContext): Promise<CommandResult> {
  const help = await findCommand("help")?.execute({ text: "" }, ctx);
  const lines = help?.kind === "help" ? help.lines.filter((l) => l.usage === `/${command.name}` || l.usage.startsWith(`/${command.name} `)) : [];
  return { kind: "help", lines };
}

/** Why the input cannot be run (usage or a message), or undefined when it can. */
async function checkInput(command: Command, input: CommandInput, ctx: CommandContext): Promise<CommandResult | undefined> {
  const option = command.options.find((o) => o.type === "string");
  if (!option) return undefined;
  const text = typeof input.text === "string" ? input.text.trim() : "";
  if (!text && option.required) return usage(command, ctx);
  const limit = Math.min(option.maxLength ?? Infinity, command.name === "ask" ? policy.maxQuestionLength : Infinity);
  if (text.length > limit)
    return error(`That ${option.name} is ${text.length} characters long; the limit is ${limit}. Please ask it in fewer words.`);
  return undefined;
}

function waitWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds === 1 ? "a second" : `${seconds} seconds`;
}

type AnswerResult = Extract<CommandResult, { kind: "answer" }>;

/**
 * Queues an answer for the question log and gives it the id its feedback buttons vote on. Only
 * queues (the write happens after the reply is sent), so logging never holds an answer up.
 */
function logAnswer(result: AnswerResult, input: CommandInput, ctx: CommandContext, options: DispatchOptions, ms: number): AnswerResult {
  const answerId = ctx.questionLog?.record({
    platform: options.platform,
    workspaceId: options.workspaceId,
    channelId: options.channelId,
    userId: input.userId,
    answer: result.answer,
    tookMs: Math.round(ms * 10) / 10,
    corpus: ctx.corpusFingerprint?.(),
  });
  return answerId ? { ...result, answerId } : result;
}

/** Runs a command by name. Never throws. */
export async function dispatch(name: string, input: CommandInput, ctx: CommandContext, options: DispatchOptions): Promise<CommandResult> {
  const command = findCommand(name);
  if (!command) return error(`Unknown command "${String(name).slice(0, 50)}". Try /help.`);
  const { gate, limiter } = policy;
  if (!gate.accepting) return error("crosscheck is restarting; please ask again in a minute.");
  try {
    const problem = await checkInput(command, input, ctx);
    if (problem) return problem;
    if (limiter && !FREE_COMMANDS.has(command.name) && !policy.unlimitedPlatforms.has(options.platform)) {
      const decision = limiter.take(`${options.platform}:${input.userId ?? "anonymous"}`);
      if (!decision.allowed) {
        log.info({ platform: options.platform, userId: input.userId, command: command.name }, "rate limited");
        return error(`You're asking faster than ${limiter.perMinute} questions a minute; please wait ${waitWords(decision.retryAfterMs)} and ask again.`);
      }
    }
    const started = performance.now();
    const result = await gate.run(() => command.execute(input, ctx));
    const ms = performance.now() - started;
    log.debug({ platform: options.platform, userId: input.userId, command: command.name, ms: Math.round(ms) }, "command done");
    return result.kind === "answer" ? logAnswer(result, input, ctx, options, ms) : result;
  } catch (err) {
    log.error({ err, platform: options.platform, command: command.name, userId: input.userId }, "command failed");
    return error("Something went wrong while answering; please try again.");
  }
}
