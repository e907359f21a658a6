/** `/add PATH [title]` in the terminal chat: a file on this machine, handed to /add like an attachment. */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, resolve } from "node:path";
import type { IncomingFile } from "../../../commands/index.js";
import { tooLarge, UploadRefused } from "../../runtime/download.js";

/** A local file as an incoming file: read only when /add asks for it, within its limit. */
export function localFile(path: string): IncomingFile {
  return {
    name: basename(path),
    async fetch(maxBytes) {
      const info = await stat(path).catch(() => null);
      if (!info) throw new UploadRefused(`there is no file at ${path}`);
      if (!info.isFile()) throw new UploadRefused(`${path} is not a file`);
      if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
      return readFile(path);
    },
  };
}

/**
 * Splits what follows `/add` into a path and a title: a quoted path ("my notes.md" Title), a path
 * that exists as written (spaces and all), or else the first word.
 */
export function pathAndTitle(rest: string): { path?: string; title: string } {
  const text = rest.trim();
  if (!text) return { title: "" };
  const home = (p: string) => resolve(p.replace(/^~(?=\/|$)/, homedir()));
  const quoted = /^(["'])(.+?)\1\s*(.*)$/.exec(text);
  if (quoted) return { path: home(quoted[2]!), title: quoted[3] ?? "" };
  if (existsSync(home(text))) return { path: home(text), title: "" };
  const [first = "", ...others] = text.split(/\s+/);
  return { path: home(first), title: others.join(" ") };
}
