import type { Command, CommandResult } from "./types.js";
import { DEFAULT_REPORT_DAYS, editorReport, MAX_REPORT_DAYS } from "../src/feedback/report.js";
import { EditorList } from "../src/runtime/editors.js";

/** With no editors configured, the terminal's operator and Discord's server managers still are. */
const NO_LISTED_EDITORS = new EditorList([]);

const error = (message: string): CommandResult => ({ kind: "error", message });

/** The period asked for: blank for the default, else a whole number of days within bounds. */
function parseDays(text: string): number | string {
  const raw = text.trim();
  if (!raw) return DEFAULT_REPORT_DAYS;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_REPORT_DAYS) return `The report covers a number of days from 1 to ${MAX_REPORT_DAYS}, e.g. "report 30"; "${raw.slice(0, 40)}" is not one.`;
  return Number(raw);
}

/** `/report [days]`: for editors, what people asked and what they made of the answers. */
export const report: Command = {
  name: "report",
  description: `For editors: questions the documents could not answer, answers voted wrong, disagreements people ran into, counts by day (last ${DEFAULT_REPORT_DAYS} days unless told).`,
  options: [{ name: "days", description: `How many days back (default ${DEFAULT_REPORT_DAYS})`, type: "integer", required: false, min: 1, max: MAX_REPORT_DAYS }],
  examples: ["", "30"],
  execute(input, ctx) {
    const who = input.requester;
    if (!who || !(ctx.editors ?? NO_LISTED_EDITORS).mayEdit(who)) return error("The report is for the people who keep the documents: ask whoever runs crosscheck to add your user id to CORPUS_EDITORS (on Discord, Manage Server is enough).");
    const days = parseDays(input.text);
    if (typeof days === "string") return error(days);
    const questionLog = ctx.questionLog;
    if (!questionLog) return error("There is nothing to report: the question log is off (LOG_QUESTIONS=off).");
    // Answers still queued belong in the report.
    questionLog.flush();
    const db = questionLog.database;
    if (!db) return error("There is nothing to report: the question log could not be opened (the bot's log says why).");
    return { kind: "report", report: editorReport(db, days) };
  },
};
