// Render an article's text with spans highlighted, building only text nodes
// and <mark> elements: the text is split at every span boundary, so markup in
// an article (e.g. "<script>") stays literal text.

import { clear, el } from "./dom.js";

/**
 * @param {HTMLElement} container
 * @param {string} text  the cleaned article text every span points into
 * @param {{start:number,end:number,role:string,label?:string,id?:string}[]} spans
 * @returns {HTMLElement|null} the first mark of a span with ``focus: true``
 */
export function renderHighlighted(container, text, spans) {
  clear(container);
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  let focused = null;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const roles = [...new Set(covering.map((s) => s.role))];
    const mark = el(
      "mark",
      {
        class: ["hl", ...roles.map((r) => `hl-${r}`), covering.some((s) => s.focus) ? "hl-focus" : ""]
          .filter(Boolean)
          .join(" "),
        title: covering.map((s) => s.label || s.role).join("\n"),
        dataset: { roles: roles.join(" ") },
      },
      piece,
    );
    if (!focused && covering.some((s) => s.focus)) focused = mark;
    container.append(mark);
  }
  return focused;
}

/** Spans to highlight for an article payload; the chosen event's spans get ``focus``. */
export function articleSpans(article, focusEventId) {
  const spans = [];
  for (const q of article.quotes || []) {
    if (q.content_span) spans.push(span(q.content_span, "quote", `quote (${q.kind})`));
    if (q.cue_span) spans.push(span(q.cue_span, "cue", "quote cue"));
  }
  for (const a of article.actors || []) {
    spans.push(span(a.span, "actor", `actor ${a.code} (${a.name})`));
  }
  for (const e of article.events || []) {
    const focus = e.event_id === focusEventId;
    const what = `${e.cameo} ${e.source}→${e.target}`;
    spans.push(span(e.verb_span, focus ? "verb" : "event", `event ${what}`, focus));
    if (focus && e.source_span) spans.push(span(e.source_span, "source", `source ${e.source}`, true));
    if (focus && e.target_span) spans.push(span(e.target_span, "target", `target ${e.target}`, true));
  }
  return spans.filter(Boolean);
}

function span(pair, role, label, focus = false) {
  if (!Array.isArray(pair) || pair.length !== 2) return null;
  return { start: pair[0], end: pair[1], role, label, focus };
}
