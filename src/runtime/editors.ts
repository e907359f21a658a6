/**
 * Who may change the corpus from chat and read the editors' report: the Slack and Discord user
 * ids in CORPUS_EDITORS, Discord members who may manage the server, and the terminal's one user
 * (the operator at the keyboard).
 */
import type { Editors, Requester } from "../../commands/index.js";

export class EditorList implements Editors {
  private readonly ids: ReadonlySet<string>;

  constructor(ids: Iterable<string>) {
    this.ids = new Set(ids);
  }

  mayEdit(who: Requester): boolean {
    if (who.platform === "terminal") return true;
    if (who.platform === "discord" && who.managesServer) return true;
    return this.ids.has(who.userId);
  }
}
