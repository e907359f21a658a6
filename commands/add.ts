import type { Command } from "./types.js";

/** Most files one message may add; more is a folder copy, which belongs on the server. */
const MAX_FILES_PER_MESSAGE = 10;

/**
 * `/add <file> [title]`: adds a document to the corpus (editors only) and says at once where it
 * disagrees with the documents already there.
 */
export const add: Command = {
  name: "add",
  description:
    "Add a document (editors only): PDF, Word, web page, Markdown or text. The reply says where it disagrees with the documents already there.",
  options: [
    { name: "file", description: "The document: .pdf, .docx, .html, .md or .txt", type: "attachment", required: true },
    { name: "title", description: "Its title, when the file's own is missing or wrong", type: "string", required: false, maxLength: 200 },
  ],
  examples: [],
  async execute(input, ctx) {
    const library = ctx.library;
    if (!library) return { kind: "error", message: "Documents cannot be added here: copy the file into the corpus folder instead." };
    const who = input.requester;
    if (!who || !library.mayEdit(who)) return { kind: "error", message: refusal(who?.platform, who?.userId) };
    const files = input.files ?? [];
    if (!files.length)
      return { kind: "error", message: "Attach the document to add: share it with the bot and the word add (Slack), use /add with a file (Discord), or /add PATH (terminal)." };
    const title = input.text.trim() || undefined;
    const outcomes = [];
    // One at a time: each file's disagreements are found among the documents added before it.
    for (const file of files.slice(0, MAX_FILES_PER_MESSAGE)) outcomes.push(await library.add(file, who, files.length === 1 ? title : undefined));
    for (const file of files.slice(MAX_FILES_PER_MESSAGE))
      outcomes.push({ status: "refused" as const, name: file.name, reason: `not read: at most ${MAX_FILES_PER_MESSAGE} files a message` });
    return { kind: "added", outcomes };
  },
};

/** Why someone may not change the corpus, and how they can be allowed to. */
export function refusal(platform: string | undefined, userId: string | undefined): string {
  const who = userId && platform !== "terminal" ? ` (your id is ${userId})` : "";
  const discord = platform === "discord" ? ", or give you the Manage Server permission" : "";
  return `Only editors may add or remove documents. Ask whoever runs crosscheck to add your user id${who} to CORPUS_EDITORS${discord}.`;
}
