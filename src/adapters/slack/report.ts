/**
 * The editors' report as Block Kit text: the title and totals, then each part under its heading,
 * one escaped line per item. The wording is the terminal's (render/report.ts); only the last
 * two weeks of days are listed.
 */
import type { EditorReport } from "../../feedback/report.js";
import { CHAT_DAY_LIMIT, reportSections, reportTitle, totalsLine } from "../../render/report.js";
import { escapeMrkdwn } from "./escape.js";

export function reportParts(report: EditorReport): { title: string; parts: string[][] } {
  return {
    title: `*${escapeMrkdwn(reportTitle(report))}*\n${escapeMrkdwn(totalsLine(report.totals))}`,
    parts: reportSections(report, CHAT_DAY_LIMIT).map(({ heading, lines }) => [`*${escapeMrkdwn(heading)}*`, ...lines.map((l) => `• ${escapeMrkdwn(l)}`)]),
  };
}
