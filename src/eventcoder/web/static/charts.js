// Hand-written SVG charts: a dyad timeline (mean Goldstein per period, one
// line per direction), QuadClass counts per period (stacked bars, one bar per
// direction), and a network of the busiest dyads. Labels are text nodes.

import { clear, svg } from "./dom.js";

export const QUAD_NAMES = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};
const DIRECTION_CLASSES = ["dir-ab", "dir-ba"];
const W = 760;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };

function periodTimes(directions) {
  const all = new Set();
  for (const d of directions) for (const p of d.periods) all.add(p.period);
  return [...all].sort();
}

/** The first day of the period after ``period`` (YYYY-MM-DD), as the API's periods start. */
export function nextPeriod(period, by) {
  const d = new Date(`${period}T00:00:00Z`);
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

function xScale(periods) {
  const times = periods.map((p) => Date.parse(p));
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const span = hi - lo || 1;
  const margin = 28; // keep the first and last period off the axes
  const inner = W - PAD.left - PAD.right - 2 * margin;
  const single = periods.length === 1;
  return (period) => PAD.left + margin + (single ? inner / 2 : ((Date.parse(period) - lo) / span) * inner);
}

function xAxis(root, periods, x, height) {
  const step = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % step !== 0) return;
    root.append(svg("text", { x: x(p), y: height - 8, class: "axis-label", "text-anchor": "middle" }, p));
  });
}

/** Mark ``node`` as the chart's selected point or bar (returns true, to chain with the handler). */
function select(root, node) {
  for (const other of root.querySelectorAll(".selected")) other.classList.remove("selected");
  node.classList.add("selected");
  return true;
}

/** Mean Goldstein per period, a line and clickable points per direction. */
export function goldsteinChart(container, timeline, onPoint) {
  const H = 220;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img" });
  root.append(svg("title", {}, `Mean Goldstein score per ${timeline.by}`));
  const periods = periodTimes(timeline.directions);
  const x = xScale(periods);
  const y = (g) => PAD.top + ((10 - g) / 20) * (H - PAD.top - PAD.bottom);
  for (const g of [-10, -5, 0, 5, 10]) {
    root.append(svg("line", { x1: PAD.left, x2: W - PAD.right, y1: y(g), y2: y(g), class: g ? "grid" : "grid zero" }));
    root.append(svg("text", { x: PAD.left - 6, y: y(g) + 4, class: "axis-label", "text-anchor": "end" }, String(g)));
  }
  xAxis(root, periods, x, H);
  timeline.directions.forEach((dir, i) => {
    const cls = DIRECTION_CLASSES[i % 2];
    const shift = i === 0 ? -5 : 5; // the two directions side by side, never on top of each other
    const px = (p) => x(p.period) + shift;
    const pts = dir.periods.filter((p) => p.events > 0 && p.goldstein_mean !== null);
    if (pts.length > 1) {
      // Join only neighbouring periods: a period without events breaks the line.
      const d = pts
        .map((p, j) => {
          const joined = j > 0 && nextPeriod(pts[j - 1].period, timeline.by) === p.period;
          return `${joined ? "L" : "M"}${px(p).toFixed(1)},${y(p.goldstein_mean).toFixed(1)}`;
        })
        .join(" ");
      root.append(svg("path", { d, class: `series ${cls}` }));
    }
    for (const p of pts) {
      const label = `${dir.source}→${dir.target} ${p.period}: ${p.events} events, mean Goldstein ${p.goldstein_mean.toFixed(1)}`;
      const dot = svg(
        "circle",
        {
          cx: px(p),
          cy: y(p.goldstein_mean),
          r: 4 + Math.min(6, Math.sqrt(p.events)),
          class: `point ${cls}`,
          tabindex: 0,
          dataset: { source: dir.source, target: dir.target, start: p.period, end: p.period_end, events: p.events },
          onclick: (ev) => select(root, ev.currentTarget) && onPoint(dir, p, null),
          onkeydown: (ev) => ev.key === "Enter" && select(root, ev.currentTarget) && onPoint(dir, p, null),
        },
        svg("title", {}, label),
      );
      root.append(dot);
    }
  });
  clear(container).append(root);
}

/** QuadClass counts per period: for each period one stacked bar per direction. */
export function quadChart(container, timeline, onBar) {
  const H = 200;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img" });
  root.append(svg("title", {}, `Events per QuadClass per ${timeline.by}`));
  const periods = periodTimes(timeline.directions);
  const x = xScale(periods);
  let max = 1;
  for (const dir of timeline.directions) for (const p of dir.periods) max = Math.max(max, p.events);
  const inner = H - PAD.top - PAD.bottom;
  const y = (n) => PAD.top + inner - (n / max) * inner;
  for (const n of [0, max]) {
    root.append(svg("line", { x1: PAD.left, x2: W - PAD.right, y1: y(n), y2: y(n), class: "grid" }));
    root.append(svg("text", { x: PAD.left - 6, y: y(n) + 4, class: "axis-label", "text-anchor": "end" }, String(n)));
  }
  xAxis(root, periods, x, H);
  const slot = Math.max(4, Math.min(24, (W - PAD.left - PAD.right) / Math.max(1, periods.length) / 2.5));
  timeline.directions.forEach((dir, i) => {
    for (const p of dir.periods) {
      let base = 0;
      for (const q of [1, 2, 3, 4]) {
        const n = (p.quad_counts && p.quad_counts[q - 1]) || 0;
        if (!n) continue;
        const bar = svg(
          "rect",
          {
            x: x(p.period) + (i === 0 ? -slot : 0),
            y: y(base + n),
            width: slot - 1,
            height: Math.max(1, y(base) - y(base + n)),
            class: `bar quad-${q} ${DIRECTION_CLASSES[i % 2]}`,
            dataset: { source: dir.source, target: dir.target, start: p.period, end: p.period_end, quad: q },
            onclick: (ev) => select(root, ev.currentTarget) && onBar(dir, p, q),
          },
          svg("title", {}, `${dir.source}→${dir.target} ${p.period}: ${n} ${QUAD_NAMES[q]}`),
        );
        root.append(bar);
        base += n;
      }
    }
  });
  clear(container).append(root);
}

/** Directed dyads folded into undirected pairs (event-weighted mean Goldstein). */
export function undirectedPairs(dyads) {
  const pairs = new Map();
  for (const d of dyads) {
    const [a, b] = [d.source, d.target].sort();
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) || { source: a, target: b, events: 0, goldstein_sum: 0 };
    pair.events += d.events;
    pair.goldstein_sum += d.goldstein_mean * d.events;
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((p) => ({ ...p, goldstein_mean: p.events ? p.goldstein_sum / p.events : 0 }));
}

/** Busiest dyads as a circular network; clicking an edge picks that pair, a node picks one side. */
export function networkChart(container, directed, onEdge, onNode) {
  const S = 360;
  const dyads = undirectedPairs(directed);
  const root = svg("svg", { viewBox: `0 0 ${S} ${S}`, class: "chart network", role: "img" });
  root.append(svg("title", {}, "Busiest dyads"));
  const nodes = [...new Set(dyads.flatMap((d) => [d.source, d.target]))].sort();
  const pos = new Map();
  const R = S / 2 - 40;
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
    pos.set(n, [S / 2 + R * Math.cos(angle), S / 2 + R * Math.sin(angle)]);
  });
  const most = Math.max(1, ...dyads.map((d) => d.events));
  for (const d of dyads) {
    const [x1, y1] = pos.get(d.source);
    const [x2, y2] = pos.get(d.target);
    const tone = d.goldstein_mean >= 1 ? "coop" : d.goldstein_mean <= -1 ? "conf" : "neutral";
    root.append(
      svg(
        "line",
        {
          x1,
          y1,
          x2,
          y2,
          class: `edge ${tone}`,
          "stroke-width": 1 + 7 * Math.sqrt(d.events / most),
          dataset: { source: d.source, target: d.target },
          onclick: () => onEdge(d),
        },
        svg("title", {}, `${d.source}→${d.target}: ${d.events} events, mean Goldstein ${d.goldstein_mean.toFixed(1)}`),
      ),
    );
  }
  for (const n of nodes) {
    const [cx, cy] = pos.get(n);
    root.append(
      svg(
        "circle",
        { cx, cy, r: 14, class: "node", dataset: { actor: n }, onclick: () => onNode(n) },
        svg("title", {}, `${n}: click two countries to see their timeline`),
      ),
    );
    root.append(svg("text", { x: cx, y: cy + 4, class: "node-label", "text-anchor": "middle" }, n));
  }
  clear(container).append(root);
}
