/**
 * The editors' report in words: one plain sentence per item, shared by the terminal, Slack and
 * Discord (which escape it and lay it out in their own way), so the report reads the same
 * everywhere.
 */
import type { DayCounts, DisagreementGroup, EditorReport, Totals, UnansweredGroup, WrongAnswerGroup } from "../feedback/report.js";

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
const day = (iso: string) => iso.slice(0, 10);
const QUOTE_LIMIT = 200;
const quote = (text: string) => {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > QUOTE_LIMIT ? t.slice(0, QUOTE_LIMIT - 1) + "…" : t}"`;
};

/** The section headings, in order. */
export const REPORT_HEADINGS = {
  unanswered: "Not answered by the documents (most asked first)",
  votedWrong: "Answers voted wrong",
  disagreements: "Disagreements people ran into",
  byDay: "By day (UTC)",
} as const;

export const NOTHING = "None.";

/** Days listed in a chat message (the terminal lists them all): two weeks read at a glance. */
export const CHAT_DAY_LIMIT = 14;

/** The report's four parts, each a heading and its plain lines; `dayLimit` shortens the days. */
export function reportSections(report: EditorReport, dayLimit = Infinity): { heading: string; lines: string[] }[] {
  const withMore = (lines: string[], omitted: number) => {
    const more = moreLine(omitted);
    return [...(lines.length ? lines : [NOTHING]), ...(more ? [more] : [])];
  };
  const days = report.byDay.slice(0, dayLimit);
  return [
    { heading: REPORT_HEADINGS.unanswered, lines: withMore(report.unanswered.map(unansweredLine), report.omitted.unanswered) },
    { heading: REPORT_HEADINGS.votedWrong, lines: withMore(report.votedWrong.map(wrongLine), report.omitted.votedWrong) },
    { heading: REPORT_HEADINGS.disagreements, lines: withMore(report.disagreements.map(disagreementLine), report.omitted.disagreements) },
    { heading: REPORT_HEADINGS.byDay, lines: withMore(days.map(dayLine), report.byDay.length - days.length) },
  ];
}

export function reportTitle(report: EditorReport): string {
  return `Report for editors: the last ${count(report.days, "day")} (${day(report.since)} to ${day(report.until)}, UTC)`;
}

export function totalsLine(t: Totals): string {
  const parts = [`${t.answered} answered`, `${t.conflict} with disagreeing sources`, `${t.passages} with passages only`, `${t.notFound} not found`];
  if (t.errors) parts.push(`${t.errors} refused as bad input`);
  return `${count(t.questions, "question")}: ${parts.join(", ")}. Votes: ${t.right} right, ${t.wrong} wrong.`;
}

export function unansweredLine(g: UnansweredGroup): string {
  const how = g.notFound && g.passages ? [`${g.notFound} not found`, `${g.passages} passages only`] : [g.notFound ? "not found" : "passages only"];
  if (g.wordings > 1) how.push(`${g.wordings} wordings`);
  how.push(`last ${day(g.lastAsked)}`);
  return `${g.times}× ${quote(g.question)} (${how.join("; ")})`;
}

export function wrongLine(g: WrongAnswerGroup): string {
  const gave = g.values.length ? g.values.join(" / ") : g.status === "not_found" ? "not found" : "passages only";
  const blamed = g.blamed.map((b) => `${b.sourceId} "${b.title.replace(/\s+/g, " ").trim().slice(0, 80)}" (${b.votes})`);
  if (g.notInSources) blamed.push(`not in these sources (${g.notInSources})`);
  const asked = g.answers > 1 ? `, asked ${g.answers} times` : "";
  return `${quote(g.question)} → ${gave}: ${g.wrong} wrong, ${g.right} right${asked}${blamed.length ? `; blamed: ${blamed.join(", ")}` : ""}`;
}

export function disagreementLine(g: DisagreementGroup): string {
  const sides = g.values.map((v) => `${v.normalized || v.value} (${v.sources.map((s) => s.id).join(", ")})`).join(" vs ");
  return `${g.times}× ${g.answerType}: ${sides}, e.g. ${quote(g.question)}`;
}

export function dayLine(d: DayCounts): string {
  const parts = [`${d.answered} answered`, `${d.conflict} conflict`, `${d.passages} passages`, `${d.notFound} not found`];
  if (d.errors) parts.push(`${d.errors} bad input`);
  return `${d.day}: ${count(d.questions, "question")} (${parts.join(", ")}); votes ${d.right} right, ${d.wrong} wrong`;
}

/** "…and 3 more", for a list cut short. */
function moreLine(omitted: number): string | undefined {
  return omitted > 0 ? `…and ${omitted} more` : undefined;
}

/** The report as plain text, for the terminal and the command line. */
export function renderReport(report: EditorReport): string {
  const parts = reportSections(report).map(({ heading, lines }) => [`${heading}:`, ...lines.map((l) => `  ${l}`)].join("\n"));
  return [`${reportTitle(report)}\n${totalsLine(report.totals)}`, ...parts].join("\n\n");
}
