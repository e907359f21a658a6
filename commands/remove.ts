import type { Command } from "./types.js";
import { refusal } from "./add.js";

/** `/remove <source>`: moves a document out of the corpus (editors only); nothing is deleted. */
export const remove: Command = {
  name: "remove",
  description: "Remove a document by its source id (editors only). It is moved aside into .removed/, never deleted.",
  options: [{ name: "source", description: "The document's source id, as /sources lists it", type: "string", required: true, maxLength: 200 }],
  examples: [],
  async execute(input, ctx) {
    const library = ctx.library;
    if (!library) return { kind: "error", message: "Documents cannot be removed here: move the file out of the corpus folder instead." };
    const who = input.requester;
    if (!who || !library.mayEdit(who)) return { kind: "error", message: refusal(who?.platform, who?.userId) };
    const outcome = await library.remove(input.text.trim(), who);
    if (outcome.status === "refused") return { kind: "error", message: outcome.reason };
    return { kind: "removed", id: outcome.id, title: outcome.title, movedTo: outcome.movedTo };
  },
};
