/**
 * The Dockerfile, replayed without Docker (no engine runs here or in CI): each stage gets a
 * folder standing for its file system; COPY copies exactly what it names (minus .dockerignore),
 * RUN runs the same commands there (npm from the local cache), and the runtime stage's CMD
 * starts with the image's ENV, as a Discord bot against a fake Discord on 127.0.0.1. The
 * image's own HEALTHCHECK command must then pass, and SIGTERM must stop it cleanly.
 * Differences from a real build: the local Node (not the image's) runs it, USER and --chown are
 * checked but not applied, BuildKit --mount flags are dropped, and better-sqlite3's prebuilt
 * binary, which a real build downloads, is the one built here (handed over through
 * prebuild-install's local-prebuilds folder: there is no network, and compiling it twice would
 * take minutes).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { basename, isAbsolute, join, relative } from "node:path";
import { PROJECT_ROOT } from "../src/paths.js";
import { botHeapFlags } from "../bench/heap.js";
import { startFakeDiscord, type FakeDiscord } from "./fakes/discord.js";

interface Instruction {
  keyword: string;
  /** Leading --flags (--from=build, --chown=…, --mount=…). */
  flags: Map<string, string>;
  /** The rest of the line. */
  rest: string;
}

interface Stage {
  name: string;
  base: string;
  steps: Instruction[];
}

/** Reads a Dockerfile into stages: continuation lines joined, comments dropped, leading flags split off. */
function parseDockerfile(text: string): Stage[] {
  const logical = text
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .join("\n")
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword = "", body = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    let rest = body;
    const flags = new Map<string, string>();
    for (let m = /^--([\w-]+)(?:=(\S+))?\s+/.exec(rest); m; m = /^--([\w-]+)(?:=(\S+))?\s+/.exec(rest)) {
      flags.set(m[1]!, m[2] ?? "");
      rest = rest.slice(m[0].length);
    }
    const step = { keyword: keyword.toUpperCase(), flags, rest };
    if (step.keyword === "FROM") {
      const [base = "", , name = `stage${stages.length}`] = rest.split(/\s+/);
      stages.push({ name, base, steps: [] });
    } else stages.at(-1)?.steps.push(step);
  }
  return stages;
}

/** ENV in both forms: `ENV A=1 B=2` and `ENV A 1`. */
function envPairs(rest: string): [string, string][] {
  if (!/^\w+=/.test(rest)) {
    const [name = "", ...value] = rest.split(/\s+/);
    return [[name, value.join(" ")]];
  }
  return [...rest.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g)].map((m) => [m[1]!, m[2]!.replace(/^"(.*)"$/, "$1")]);
}

/** A .dockerignore as a path test: `*` patterns, `!` exceptions, the last match wins. */
function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const negate = l.startsWith("!");
      const pattern = (negate ? l.slice(1) : l).replace(/^\/|\/$/g, "");
      const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, ".*");
      return { negate, regex: new RegExp(`^${source}(/.*)?$`) };
    });
  return (path) => rules.reduce((ignored, r) => (r.regex.test(path) ? !r.negate : ignored), false);
}

const dockerfile = parseDockerfile(readFileSync(join(PROJECT_ROOT, "Dockerfile"), "utf8"));
const ignored = dockerignore(readFileSync(join(PROJECT_ROOT, ".dockerignore"), "utf8"));
const runtime = dockerfile.at(-1)!;
const stepsOf = (stage: Stage, keyword: string) => stage.steps.filter((s) => s.keyword === keyword);
const jsonArgs = (rest: string) => JSON.parse(rest) as string[];

describe("Dockerfile", () => {
  it("builds in one stage and runs from a pinned slim Node LTS, production dependencies only, as a non-root user", () => {
    assert.ok(dockerfile.length >= 2, "multi-stage");
    for (const stage of dockerfile) assert.match(stage.base, /^node:(20|22|24)\.\d+\.\d+-\w+-slim$/, `exact LTS version, slim: ${stage.base}`);
    const [build] = dockerfile;
    assert.ok(stepsOf(build!, "RUN").some((s) => /\bnpm ci\b(?!.*--omit=dev)/.test(s.rest)), "build stage installs dev dependencies");
    assert.ok(stepsOf(build!, "RUN").some((s) => /\bnpm run build\b/.test(s.rest)), "build stage compiles");
    assert.ok(stepsOf(runtime, "RUN").some((s) => /\bnpm ci\b.*--omit=dev/.test(s.rest)), "runtime installs production dependencies only");
    assert.ok(stepsOf(runtime, "COPY").every((s) => !/\b(src|test)\b/.test(s.rest) || s.flags.has("from")), "no TypeScript sources in the runtime image");
    const user = stepsOf(runtime, "USER").at(-1)?.rest;
    assert.ok(user && !/^(root|0)(:|$)/.test(user), `runs as a non-root user, not ${user}`);
    assert.deepEqual(jsonArgs(stepsOf(runtime, "CMD").at(-1)!.rest), ["node", ...botHeapFlags(), "dist/src/main.js"], "the heap capped as in npm start");
    const env = new Map(stepsOf(runtime, "ENV").flatMap((s) => envPairs(s.rest)));
    assert.equal(env.get("CORPUS_DIR"), "/data/corpus");
    assert.ok(stepsOf(runtime, "VOLUME").some((s) => s.rest.includes("/data/corpus")), "the corpus is a volume");
    const dataDir = env.get("DATA_DIR") ?? assert.fail("DATA_DIR is set");
    assert.ok(stepsOf(runtime, "VOLUME").some((s) => s.rest.split(/\s+/).includes(dataDir)), "the question log is a volume");
    const steps = runtime.steps.map((s) => `${s.keyword} ${s.rest}`);
    assert.ok(steps.indexOf(`WORKDIR ${dataDir}`) > steps.indexOf(`USER ${user}`), "the log's folder is made by the user the bot runs as");
    assert.equal(stepsOf(runtime, "EXPOSE").at(-1)?.rest, env.get("PORT"), "exposes PORT");
    assert.match(stepsOf(runtime, "HEALTHCHECK").at(-1)?.rest ?? "", /\/healthz/);
  });

  it(".dockerignore keeps secrets, local builds, tests and git out, and lets every COPY source in", () => {
    for (const path of [".env", ".env.local", "node_modules", "node_modules/pino/index.js", "dist", ".git", "test", "test/fakes/slack.ts"]) assert.ok(ignored(path), `${path} is ignored`);
    for (const path of [".env.example", "src/main.ts", "package.json", "package-lock.json", "seeds/000_5a15bbcd2770b770.txt"]) assert.ok(!ignored(path), `${path} is sent`);
    for (const stage of dockerfile)
      for (const copy of stepsOf(stage, "COPY").filter((s) => !s.flags.has("from")))
        for (const source of copy.rest.split(/\s+/).slice(0, -1)) assert.ok(!ignored(source) && existsSync(join(PROJECT_ROOT, source)), `COPY ${source} is in the build context`);
  });
});

describe("the image, replayed without Docker", { timeout: 240_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), "crosscheck-image-"));
  const stageRoot = (name: string) => join(root, name);
  const runtimeEnv = new Map<string, string>();
  let fake: FakeDiscord;
  let bot: ChildProcess | undefined;
  let stderr = "";

  /** A path inside a stage's file system, as a folder here. */
  const inStage = (stage: string, workdir: string, path: string) => join(stageRoot(stage), isAbsolute(path) ? path : join(workdir, path));

  function copy(stage: Stage, workdir: string, step: Instruction): void {
    const parts = step.rest.split(/\s+/);
    const dest = parts.pop()!;
    const from = step.flags.get("from");
    for (const source of parts) {
      const src = from ? inStage(from, "/", source) : join(PROJECT_ROOT, source);
      const toDir = dest.endsWith("/") || parts.length > 1;
      const target = inStage(stage.name, workdir, toDir ? join(dest, basename(source)) : dest);
      const filter = (path: string) => from !== undefined || !ignored(relative(PROJECT_ROOT, path));
      cpSync(src, target, { recursive: statSync(src).isDirectory(), filter });
    }
  }

  /** better-sqlite3's binary as a prebuilt package, named as prebuild-install looks for it. */
  function localPrebuilds(): string {
    const folder = join(root, "prebuilds");
    mkdirSync(folder, { recursive: true });
    const module = join(PROJECT_ROOT, "node_modules", "better-sqlite3");
    const { version } = JSON.parse(readFileSync(join(module, "package.json"), "utf8")) as { version: string };
    const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
    execFileSync("tar", ["-czf", join(folder, name), "-C", module, "build/Release/better_sqlite3.node"]);
    return folder;
  }

  function run(command: string, cwd: string, env: Map<string, string>): Promise<void> {
    const vars = { ...process.env, ...Object.fromEntries(env), npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", npm_config_better_sqlite3_local_prebuilds: prebuilds };
    return new Promise((resolve, reject) =>
      execFile("sh", ["-c", command], { cwd, env: vars, maxBuffer: 16 * 1024 * 1024 }, (err, _out, errOut) => (err ? reject(new Error(`RUN ${command} failed: ${errOut.slice(-2000)}`)) : resolve())),
    );
  }

  /** Values naming a path inside the image point into the stage's folder here. */
  const mapPath = (stage: string, value: string) => (value.startsWith("/") && !value.startsWith("//") ? join(stageRoot(stage), value) : value);

  let prebuilds = "";

  before(async () => {
    prebuilds = localPrebuilds();
    for (const stage of dockerfile) {
      let workdir = "/";
      const env = new Map<string, string>();
      mkdirSync(stageRoot(stage.name), { recursive: true });
      for (const step of stage.steps) {
        if (step.keyword === "WORKDIR") mkdirSync(inStage(stage.name, workdir, (workdir = isAbsolute(step.rest) ? step.rest : join(workdir, step.rest))), { recursive: true });
        else if (step.keyword === "ENV") for (const [k, v] of envPairs(step.rest)) env.set(k, v);
        else if (step.keyword === "COPY") copy(stage, workdir, step);
        else if (step.keyword === "RUN") await run(step.rest, inStage(stage.name, workdir, "."), env);
      }
      if (stage === runtime) {
        for (const [k, v] of env) runtimeEnv.set(k, mapPath(stage.name, v));
        runtimeEnv.set("WORKDIR", inStage(stage.name, workdir, "."));
      }
    }
    fake = await startFakeDiscord();
  });

  after(async () => {
    bot?.kill("SIGKILL");
    await fake?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("holds compiled JavaScript and production dependencies only", () => {
    const app = runtimeEnv.get("WORKDIR")!;
    assert.ok(existsSync(join(app, "dist/src/main.js")), "dist/src/main.js");
    assert.ok(existsSync(join(app, "node_modules/pino")), "runtime dependency installed");
    assert.ok(existsSync(join(app, "node_modules/better-sqlite3/build/Release/better_sqlite3.node")), "SQLite's native module installed");
    assert.ok(!existsSync(join(app, "node_modules/typescript")), "no dev dependency");
    assert.ok(!existsSync(join(app, "src")), "no TypeScript sources");
    assert.ok(existsSync(join(runtimeEnv.get("CORPUS_DIR")!, "000_5a15bbcd2770b770.txt")), "the sample corpus in the volume");
  });

  it("starts with the image's CMD and ENV as a service, passes its HEALTHCHECK, and stops cleanly on SIGTERM", async () => {
    const [command, ...args] = jsonArgs(stepsOf(runtime, "CMD").at(-1)!.rest);
    const env = { ...Object.fromEntries(runtimeEnv), PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", DISCORD_TOKEN: "MTAwMDAwMDAwMDAwMDAwMDAx.fake.token-for-the-image-test", DISCORD_API_URL: fake.apiUrl };
    bot = spawn(command === "node" ? process.execPath : command!, args, { cwd: runtimeEnv.get("WORKDIR"), env, stdio: ["ignore", "ignore", "pipe"] });
    bot.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(bot, "exit");

    // The health server logs its port (PORT=0 lets the system choose one).
    const port = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const found = /healthz?[^\n]*?"port":(\d+)|"port":(\d+)[^\n]*healthz/.exec(stderr);
        if (found) resolve(found[1] ?? found[2]!);
      };
      bot!.stderr!.on("data", look);
      void exited.then(() => reject(new Error(`the bot exited before serving /healthz:\n${stderr}`)));
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    const body = (await health.json()) as { ok: boolean; documents: number; skipped: number };
    assert.deepEqual([body.ok, body.documents, body.skipped], [true, 5, 0], "serving the sample corpus");
    assert.ok(existsSync(join(runtimeEnv.get("DATA_DIR")!, "crosscheck.db")), "the question log is created in the volume at start");

    const [hcCommand, ...hcArgs] = jsonArgs(stepsOf(runtime, "HEALTHCHECK").at(-1)!.rest.replace(/^CMD\s+/, ""));
    await new Promise<void>((resolve, reject) =>
      execFile(hcCommand === "node" ? process.execPath : hcCommand!, hcArgs, { env: { ...env, PORT: port } }, (err) => (err ? reject(new Error(`HEALTHCHECK failed: ${err.message}`)) : resolve())),
    );
    assert.ok(!/"level":(50|60)/.test(stderr), `no error logged:\n${stderr}`);
    assert.ok(!stderr.includes("fake.token-for-the-image-test"), "the token is never logged");

    bot.kill("SIGTERM");
    const [code] = (await exited) as [number | null];
    assert.equal(code, 0, `exit code after SIGTERM:\n${stderr}`);
    assert.match(stderr, /"msg":"stopped"/);
    bot = undefined;
  });
});
