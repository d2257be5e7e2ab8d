// The eventcoder dashboard: pick two actors, see their timeline, click a point
// for its events, click an event for its article with the evidence highlighted.

import { getJSON, seg } from "./api.js";
import { goldsteinChart, networkChart, QUAD_NAMES, quadChart } from "./charts.js";
import { clear, el, safeHref } from "./dom.js";
import { articleSpans, renderHighlighted } from "./highlight.js";

const $ = (id) => document.getElementById(id);

function showError(where, error) {
  const box = clear($(where));
  box.append(el("p", { class: "error" }, error.message, error.hint ? el("span", { class: "hint" }, ` ${error.hint}`) : null));
}

function readHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { a: params.get("a"), b: params.get("b"), by: params.get("by") || "week" };
}

function writeHash(a, b, by) {
  const params = new URLSearchParams({ a, b, by });
  history.replaceState(null, "", `#${params}`);
}

async function loadStats() {
  try {
    const stats = await getJSON("/stats");
    $("stats").textContent = `${stats.counts.articles} articles · ${stats.counts.events} events · ${stats.counts.quotes} quotes`;
  } catch (error) {
    $("stats").textContent = `store unavailable: ${error.message}`;
  }
}

async function loadActors() {
  const list = clear($("actor-list"));
  const page = await getJSON("/actors", { level: "country", limit: 500 });
  for (const actor of page.items) list.append(el("option", { value: actor.code }, actor.name || actor.code));
}

async function loadNetwork() {
  const page = await getJSON("/dyads", { limit: 30 });
  if (page.items.length === 0) {
    clear($("network-chart")).append(el("p", { class: "empty" }, "No dyads in this store yet."));
    return null;
  }
  let picked = null;
  networkChart(
    $("network-chart"),
    page.items,
    (pair) => pickDyad(pair.source, pair.target),
    (actor) => {
      if (picked && picked !== actor) {
        pickDyad(picked, actor);
        picked = null;
      } else {
        picked = actor;
        $("actor-a").value = actor;
        $("actor-b").value = "";
      }
    },
  );
  return page.items[0];
}

function pickDyad(a, b) {
  $("actor-a").value = a;
  $("actor-b").value = b;
  loadTimeline(a, b, $("by").value);
}

async function loadTimeline(a, b, by) {
  writeHash(a, b, by);
  $("timeline-title").textContent = `${a} ↔ ${b} per ${by}`;
  clear($("events-table"));
  clear($("events-more"));
  $("events-count").textContent = "Click a point or a bar, or search.";
  try {
    const timeline = await getJSON(`/dyads/${seg(a)}/${seg(b)}`, { by });
    const totals = timeline.directions.map((d) => `${d.source}→${d.target}: ${d.total_events}`).join(" · ");
    $("timeline-summary").textContent = totals;
    if (timeline.directions.every((d) => d.total_events === 0)) {
      clear($("goldstein-chart")).append(el("p", { class: "empty" }, `No events between ${a} and ${b}.`));
      clear($("quad-chart"));
      return;
    }
    goldsteinChart($("goldstein-chart"), timeline, showPeriodEvents);
    quadChart($("quad-chart"), timeline, showPeriodEvents);
  } catch (error) {
    showError("goldstein-chart", error);
    clear($("quad-chart"));
  }
}

async function showPeriodEvents(direction, period, quad) {
  const what = quad ? ` (${QUAD_NAMES[quad]})` : "";
  const title = `${direction.source}→${direction.target}, ${period.period} to ${period.period_end}${what}`;
  await showEvents(title, {
    source: direction.source,
    target: direction.target,
    since: period.period,
    until: period.period_end,
    quad_class: quad,
    limit: 100,
  });
}

async function showEvents(title, params) {
  $("events-title").textContent = title;
  const table = clear($("events-table"));
  clear($("events-more"));
  try {
    const page = await getJSON("/events", params);
    table.append(
      el("tr", {}, ["date", "source", "target", "code", "Goldstein", "sentence"].map((h) => el("th", {}, h))),
    );
    appendEvents(page, params, page.items.length);
    if (page.items.length === 1) loadArticle(page.items[0].doc_id, page.items[0].event_id);
  } catch (error) {
    showError("events-count", error);
  }
}

/** Add a page of events to the table, with a button for the next page while there is one. */
function appendEvents(page, params, shown) {
  for (const event of page.items) $("events-table").append(eventRow(event));
  $("events-count").textContent = `${shown} of ${page.total}`;
  const more = clear($("events-more"));
  if (page.next_offset === null) return;
  more.append(
    el(
      "button",
      {
        type: "button",
        onclick: async () => {
          const next = await getJSON("/events", { ...params, offset: page.next_offset });
          appendEvents(next, params, shown + next.items.length);
        },
      },
      "Show more",
    ),
  );
}

function eventRow(event) {
  const row = el(
    "tr",
    {
      class: "event-row",
      tabindex: 0,
      dataset: { eventId: event.event_id, docId: event.doc_id },
      onclick: () => loadArticle(event.doc_id, event.event_id),
      onkeydown: (ev) => ev.key === "Enter" && loadArticle(event.doc_id, event.event_id),
    },
    el("td", {}, event.date || "—"),
    el("td", { title: event.source_name }, event.source),
    el("td", { title: event.target_name }, event.target),
    el("td", { class: `quad-text-${event.quad_class}`, title: event.cameo_name || "" }, event.cameo),
    el("td", { class: "num" }, Number(event.goldstein).toFixed(1)),
    el("td", { class: "sentence" }, event.sentence),
  );
  return row;
}

async function loadArticle(docId, eventId) {
  for (const row of document.querySelectorAll(".event-row")) {
    row.classList.toggle("selected", row.dataset.eventId === eventId);
  }
  const meta = clear($("article-meta"));
  try {
    const article = await getJSON(`/articles/${seg(docId)}`);
    $("article-title").textContent = article.article.title || article.article.id;
    const href = safeHref(article.article.url);
    meta.append([article.article.date, article.article.source].filter(Boolean).join(" · "));
    if (href) meta.append(" · ", el("a", { href, rel: "noopener noreferrer", target: "_blank" }, "original"));
    showEvidence(article.events.find((e) => e.event_id === eventId));
    const focus = renderHighlighted($("article-text"), article.article.text, articleSpans(article, eventId));
    if (focus) scrollWithin($("article-text"), focus);
  } catch (error) {
    showError("article-meta", error);
  }
}

/** Scroll ``box`` (not the page) so that ``target`` sits in its middle. */
function scrollWithin(box, target) {
  const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, offset - box.clientHeight / 2);
}

function showEvidence(event) {
  const box = clear($("article-evidence"));
  if (!event) return;
  const when = event.date ? ` on ${event.date}${event.date_basis ? ` (${event.date_basis})` : ""}` : "";
  box.append(
    el("strong", {}, `${event.source} → ${event.target}`),
    ` CAMEO ${event.cameo}${event.cameo_name ? ` (${event.cameo_name})` : ""}, QuadClass ${event.quad_class}, Goldstein ${Number(event.goldstein).toFixed(1)}${when}`,
    event.plover ? ` · PLOVER ${event.plover}` : "",
  );
}

function wire() {
  const showDyad = () => {
    const a = $("actor-a").value.trim().toUpperCase();
    const b = $("actor-b").value.trim().toUpperCase();
    if (a && b) loadTimeline(a, b, $("by").value);
  };
  $("dyad-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    showDyad();
  });
  $("by").addEventListener("change", showDyad);
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("search-q").value.trim();
    if (q) showEvents(`Search: ${q}`, { text: q, limit: 100 });
  });
}

async function main() {
  wire();
  loadStats();
  loadActors().catch((error) => showError("network-chart", error));
  const { a, b, by } = readHash();
  $("by").value = ["day", "week", "month"].includes(by) ? by : "week";
  let busiest = null;
  try {
    busiest = await loadNetwork();
  } catch (error) {
    showError("network-chart", error);
  }
  if (a && b) pickDyad(a.toUpperCase(), b.toUpperCase());
  else if (busiest) pickDyad(busiest.source, busiest.target);
  document.body.dataset.ready = "1";
}

main();
