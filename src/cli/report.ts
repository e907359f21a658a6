/**
 * `npm run --silent report -- [--json] [--days N]`: the editors' report from the question log in
 * DATA_DIR (default .data/): the questions the documents could not answer, the answers voted
 * wrong with the sources blamed, the disagreements people ran into most, and counts by day.
 * Opens the log read-only, so it can run beside the bot. Exit 0 with the report (an empty one
 * when nothing is logged yet), 2 on a usage error or a log that cannot be read.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { config as loadDotenv } from "dotenv";
import { DEFAULT_DATA_DIR } from "../paths.js";
import { DATABASE_FILE, openLogForReading } from "../storage/database.js";
import { noReportRows } from "../storage/report-rows.js";
import { buildEditorReport, DEFAULT_REPORT_DAYS, editorReport, MAX_REPORT_DAYS } from "../feedback/report.js";
import { renderReport } from "../render/report.js";
import { runTool, usage, writeLine } from "./run.js";

const USAGE = `usage: npm run --silent report -- [--json] [--days N]   (N from 1 to ${MAX_REPORT_DAYS}, default ${DEFAULT_REPORT_DAYS}; the log in DATA_DIR)`;

interface ReportArgs {
  json: boolean;
  days: number;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs | string {
  const args: ReportArgs = { json: false, days: DEFAULT_REPORT_DAYS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") args.json = true;
    else if (a === "--days" || a.startsWith("--days=")) {
      const value = a === "--days" ? argv[++i] : a.slice("--days=".length);
      if (!value || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_REPORT_DAYS) return `--days needs a whole number from 1 to ${MAX_REPORT_DAYS}`;
      args.days = Number(value);
    } else if (a === "--help" || a === "-h") return "help";
    else return `unknown argument ${a}`;
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseReportArgs(process.argv.slice(2));
  if (typeof args === "string") return usage("report", args, USAGE);
  loadDotenv({ quiet: true });
  const dir = process.env.DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  let report;
  if (!existsSync(join(dir, DATABASE_FILE))) {
    process.stderr.write(`report: no question log in ${dir} yet (the bot creates it when it answers its first question)\n`);
    report = buildEditorReport(noReportRows(), { days: args.days, now: Date.now() });
  } else {
    let db;
    try {
      db = openLogForReading(dir);
    } catch (err) {
      process.stderr.write(`report: cannot read the question log in ${dir}: ${(err as Error).message}\n`);
      return 2;
    }
    try {
      report = editorReport(db, args.days);
    } finally {
      db.close();
    }
  }
  await writeLine(args.json ? JSON.stringify(report) : renderReport(report));
  return 0;
}

runTool("report", main);
