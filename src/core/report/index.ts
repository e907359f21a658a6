/** The disagreement report: facts the sources share, where they disagree, where each stands. */
export { buildReport, type DisagreementReport } from "./build.js";
export { filterByTopic } from "./filter.js";
export type { ReportView } from "./context.js";
