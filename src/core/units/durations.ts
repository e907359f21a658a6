/**
 * ISO 8601 durations ("P2W", "P14D", "P3M", "PT34M") as lengths of time, so that two weeks,
 * 14 days and a fortnight are one value. Lengths come from the units library; a month is a
 * twelfth of its year (30.44 days), which is why months and years meet days and weeks only
 * approximately.
 */
import Qty from "js-quantities";

const NUMBER = "(\\d+(?:\\.\\d+)?)";
const ISO_DURATION = new RegExp(`^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`);

let seconds: number[] | undefined;

/** Seconds in each designator of an ISO duration, in its order: Y, M(onth), W, D, H, M(inute), S. */
function secondsPer(): number[] {
  if (seconds) return seconds;
  const year = Qty("1 year").to("s").scalar;
  seconds = [year, year / 12, ...["1 week", "1 day", "1 hour", "1 minute", "1 second"].map((u) => Qty(u).to("s").scalar)];
  return seconds;
}

/** A duration's length. */
export interface DurationLength {
  seconds: number;
  /** Stated in calendar months or years, whose length varies: it meets days and weeks only approximately. */
  calendar: boolean;
}

/** The length of an ISO 8601 duration, or undefined when the text is not one. */
export function durationLength(iso: string): DurationLength | undefined {
  const m = ISO_DURATION.exec(iso);
  if (!m || iso === "P" || iso.endsWith("T")) return undefined;
  const per = secondsPer();
  let total = 0;
  for (let i = 0; i < per.length; i++) if (m[i + 1] !== undefined) total += Number(m[i + 1]) * per[i]!;
  return { seconds: total, calendar: m[1] !== undefined || m[2] !== undefined };
}

/** The designators of an ISO duration, largest first, with the time part's marked by "T". */
const DESIGNATORS = ["Y", "M", "W", "D", "TH", "TM", "TS"];

/**
 * One ISO duration for two said in a row, the larger unit first ("3 hours and 42 minutes":
 * PT3H and PT42M make PT3H42M), or undefined when the second does not continue the first.
 */
export function joinDurations(first: string, second: string): string | undefined {
  const a = ISO_DURATION.exec(first);
  const b = ISO_DURATION.exec(second);
  if (!a || !b) return undefined;
  const used = (m: RegExpExecArray) => DESIGNATORS.map((_, i) => m[i + 1]).map((v, i) => (v === undefined ? -1 : i)).filter((i) => i >= 0);
  const [ua, ub] = [used(a), used(b)];
  if (!ua.length || !ub.length || Math.min(...ub) <= Math.max(...ua)) return undefined;
  const parts = DESIGNATORS.map((_, i) => a[i + 1] ?? b[i + 1]);
  const date = DESIGNATORS.slice(0, 4).map((d, i) => (parts[i] !== undefined ? `${parts[i]}${d}` : "")).join("");
  const time = DESIGNATORS.slice(4).map((d, i) => (parts[i + 4] !== undefined ? `${parts[i + 4]}${d[1]}` : "")).join("");
  return `P${date}${time ? `T${time}` : ""}`;
}
