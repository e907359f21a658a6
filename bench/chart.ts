/**
 * Draws the benchmark's chart as a small hand-made SVG: answer latency (p50, p99, and the floor's
 * p50, plain minisearch, for comparison) and memory after load, against the number of articles;
 * and, when the largest run has a soak, its memory every 1,000 answers.
 */
import type { BenchResult } from "./result.js";

interface Series {
  label: string;
  color: string;
  values: number[];
}

const W = 360;
const H = 240;
const PAD = { left: 48, right: 12, top: 28, bottom: 36 };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A rounded axis maximum above `max`: 1, 2 or 5 times a power of ten. */
function niceMax(max: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(max, 1e-9)));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max) ?? 10 * p;
}

/** One line panel at horizontal offset `x0`. */
function panel(x0: number, title: string, unit: string, xs: readonly number[], series: readonly Series[], xLabel = "articles"): string {
  const xMax = niceMax(Math.max(...xs));
  const yMax = niceMax(Math.max(...series.flatMap((s) => s.values)));
  const px = (x: number) => x0 + PAD.left + (x / xMax) * (W - PAD.left - PAD.right);
  const py = (y: number) => H - PAD.bottom - (y / yMax) * (H - PAD.top - PAD.bottom);
  const out: string[] = [`<text x="${x0 + W / 2}" y="16" text-anchor="middle" font-weight="bold">${esc(title)}</text>`];
  for (let i = 0; i <= 4; i++) {
    const y = (yMax * i) / 4;
    out.push(`<line x1="${px(0)}" x2="${px(xMax)}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/>`);
    out.push(`<text x="${px(0) - 4}" y="${py(y) + 4}" text-anchor="end">${+y.toFixed(1)}</text>`);
  }
  for (const x of xs) out.push(`<text x="${px(x)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${x}</text>`);
  out.push(`<text x="${px(xMax / 2)}" y="${H - 6}" text-anchor="middle">${esc(xLabel)}</text>`);
  out.push(`<text x="${x0 + 12}" y="${PAD.top - 8}">${esc(unit)}</text>`);
  series.forEach((s, k) => {
    const points = s.values.map((v, i) => `${px(xs[i]!).toFixed(1)},${py(v).toFixed(1)}`).join(" ");
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points}"/>`);
    for (const p of points.split(" ")) {
      const [cx, cy] = p.split(",");
      out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${s.color}"/>`);
    }
    out.push(`<text x="${px(0) + 8}" y="${PAD.top + 12 + 14 * k}" fill="${s.color}">${esc(s.label)}</text>`);
  });
  return out.join("\n");
}

/** The SVG for results at several corpus sizes (sorted by article count). */
export function drawChart(results: readonly BenchResult[]): string {
  const xs = results.map((r) => r.articles);
  const latency = panel(0, "Answer time", "ms", xs, [
    { label: "answer p99", color: "#d62728", values: results.map((r) => r.answerMs.p99) },
    { label: "answer p50", color: "#1f77b4", values: results.map((r) => r.answerMs.p50) },
    { label: "floor p50 (plain minisearch)", color: "#7f7f7f", values: results.map((r) => r.floorMs.p50) },
  ]);
  const memory = panel(W, "Memory after load (RSS)", "MB", xs, [
    { label: "RSS after load", color: "#2ca02c", values: results.map((r) => r.rssMB) },
  ]);
  const panels = [latency, memory];
  const soak = results[results.length - 1]?.soak;
  if (soak?.rssMBBy1000.length) {
    const at = soak.rssMBBy1000.map((_, i) => (i + 1) * 1000);
    panels.push(
      panel(2 * W, `Soak, ${results[results.length - 1]!.articles} articles`, "MB", at, [
        { label: "RSS", color: "#2ca02c", values: soak.rssMBBy1000 },
        { label: "V8 heap used", color: "#9467bd", values: soak.heapUsedMBBy1000 },
      ], "answers"),
    );
  }
  const width = panels.length * W;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...panels,
    `</svg>`,
    "",
  ].join("\n");
}
