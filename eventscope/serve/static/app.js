// eventscope dashboard: plain JavaScript, SVG drawn by hand, no third-party code.
// Every piece of text from the store goes into the page through textContent or text nodes,
// never as HTML: article text is untrusted.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUADS = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
};
const QUAD_COLOURS = { 1: "#7fbf7b", 2: "#1b7837", 3: "#f1a340", 4: "#d73027" };
const FILTERS = ["actor", "source", "target", "type", "cameo", "quad_class", "since", "until",
  "place", "text", "min_confidence"];
const PAGE = 50;

const state = { offset: 0, world: null, timelineRange: null, mapSide: "source",
  mapColour: "count" };

// -- small helpers ------------------------------------------------------------------------------

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "href") node.setAttribute("href", safeHref(value));
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) append(node, child);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) { child.forEach((c) => append(node, c)); return; }
  node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

// only in-page links and http(s) URLs become links
function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#")) return text;
  try {
    const url = new URL(text, window.location.href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch (e) {
    return "#";
  }
}

function status(message, isError) {
  const node = $("status");
  node.textContent = message || "";
  node.className = isError ? "error" : "";
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const error = new Error((body && body.message) || `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

function actorCode(row, role) {
  const country = row[`${role}_country`];
  const sector = row[`${role}_sector`];
  if (!country) return "–";
  return sector ? `${country} ${sector}` : country;
}

function goldsteinColour(value) {
  // -10 (red) … 0 (grey) … +10 (green)
  if (value === null || value === undefined) return "#999";
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [215, 48, 39] : [27, 120, 55];
  const a = Math.abs(t);
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * a));
  return `rgb(${mix.join(",")})`;
}

function fmtGoldstein(value) {
  if (value === null || value === undefined) return "";
  return (value > 0 ? "+" : "") + Number(value).toFixed(1);
}

// an event's confidence (0..1); none for events stored before events were rated
function fmtConfidence(value) {
  if (value === null || value === undefined) return "–";
  return Number(value).toFixed(2);
}

const NO_CONFIDENCE = "no confidence: stored before events were rated (eventscope ingest --recode rates it)";

// -- filters ------------------------------------------------------------------------------------

function currentFilters() {
  const form = $("filters");
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function filtersFromHash(query) {
  const form = $("filters");
  const params = new URLSearchParams(query || "");
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
}

function applyFilters() {
  state.offset = 0;
  const query = currentFilters().toString();
  const target = "#/" + (query ? "?" + query : "");
  if (window.location.hash === target) loadEvents(); else window.location.hash = target;
}

// -- events view --------------------------------------------------------------------------------

async function loadEvents() {
  const filters = currentFilters();
  const page = new URLSearchParams(filters);
  page.set("limit", PAGE);
  page.set("offset", state.offset);
  // the timeline keeps its full range while a date range is brushed
  const timelineFilters = new URLSearchParams(filters);
  timelineFilters.delete("since");
  timelineFilters.delete("until");
  status("loading…");
  try {
    const countryFilters = new URLSearchParams(filters);
    countryFilters.set("side", state.mapSide);
    const [events, bins, dyads, countries, places] = await Promise.all([
      api(`/api/events?${page}`),
      api(`/api/events/timeline?${timelineFilters}`),
      api(`/api/events/dyads?${filters}`),
      api(`/api/events/countries?${countryFilters}`),
      api(`/api/events/places?${filters}`),
    ]);
    drawTable(events);
    drawTimeline(bins, filters.get("since"), filters.get("until"));
    drawNetwork(dyads);
    await drawMap(countries, places);
    status(`${events.total.toLocaleString()} events`);
  } catch (error) {
    status(error.message, true);
  }
}

function drawTable(page) {
  const body = $("events").tBodies[0];
  clear(body);
  for (const row of page.items) {
    const quad = row.quad_class;
    body.appendChild(el("tr", { "data-event": row.id },
      el("td", {}, row.date || ""),
      el("td", {}, actorCode(row, "source")),
      el("td", {}, el("span", { class: `q q${quad}`, title: QUADS[quad] || "" }, row.plover_type || "–")),
      el("td", {}, actorCode(row, "target")),
      el("td", { title: row.cameo_name || "" }, row.cameo_code || ""),
      el("td", {}, fmtGoldstein(row.goldstein)),
      el("td", { class: "confidence", title: row.confidence === null ? NO_CONFIDENCE : (row.signals || []).join(", ") },
        fmtConfidence(row.confidence)),
      el("td", {}, row.location_name || ""),
      el("td", { class: "evidence" }, row.evidence_text || ""),
      el("td", {}, el("a", { href: `#/article/${encodeURIComponent(row.article_id)}?event=${encodeURIComponent(row.id)}`, class: "article-link" }, "open")),
    ));
  }
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  $("events-total").textContent = `${page.total.toLocaleString()} event(s)`;
  $("page").textContent = `${first}–${last}`;
  $("prev").disabled = page.offset === 0;
  $("next").disabled = last >= page.total;
}

function drawTimeline(bins, since, until) {
  const node = $("timeline");
  clear(node);
  const W = 1000, H = 200, left = 40, bottom = 20, top = 8;
  const periods = [...new Set(bins.map((b) => b.period))].sort();
  const legend = $("timeline-legend");
  clear(legend);
  for (const q of [1, 2, 3, 4]) {
    legend.appendChild(el("span", {}, el("span", { class: `swatch q${q}` }), ` ${q} ${QUADS[q]}`));
  }
  if (!periods.length) {
    node.appendChild(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no dated events"));
    return;
  }
  const first = new Date(periods[0] + "T00:00:00Z").getTime();
  const last = new Date(periods[periods.length - 1] + "T00:00:00Z").getTime();
  const day = 86400000;
  const span = Math.max(day, last - first + day);
  const x = (t) => left + ((t - first) / span) * (W - left - 10);
  const stacks = {};
  for (const b of bins) {
    stacks[b.period] = stacks[b.period] || { 1: 0, 2: 0, 3: 0, 4: 0 };
    stacks[b.period][b.quad_class || 1] += b.count;
  }
  const max = Math.max(...Object.values(stacks).map((s) => s[1] + s[2] + s[3] + s[4]));
  const y = (v) => (v / max) * (H - bottom - top);
  const barWidth = Math.max(1, (W - left - 10) / (span / day) - 1);
  for (const period of periods) {
    const t = new Date(period + "T00:00:00Z").getTime();
    let base = H - bottom;
    for (const q of [4, 3, 2, 1]) {
      const n = stacks[period][q];
      if (!n) continue;
      const h = y(n);
      base -= h;
      node.appendChild(svg("rect", { x: x(t), y: base, width: barWidth, height: h,
        fill: QUAD_COLOURS[q] }, svg("title", {}, `${period} · ${QUADS[q]}: ${n}`)));
    }
  }
  const axis = svg("g", { class: "axis" });
  axis.appendChild(svg("line", { x1: left, x2: W - 10, y1: H - bottom, y2: H - bottom }));
  const ticks = 6;
  for (let i = 0; i <= ticks; i++) {
    const t = first + (span - day) * (i / ticks);
    const label = new Date(t).toISOString().slice(0, 10);
    axis.appendChild(svg("text", { x: x(t), y: H - 5, "text-anchor": i === 0 ? "start" : i === ticks ? "end" : "middle" }, label));
  }
  axis.appendChild(svg("text", { x: left - 4, y: top + 10, "text-anchor": "end" }, String(max)));
  node.appendChild(axis);

  // the brush: drag to choose a date range, which becomes the since/until filters
  const toDate = (px) => new Date(first + ((px - left) / (W - left - 10)) * span)
    .toISOString().slice(0, 10);
  const brush = svg("rect", { class: "brush", x: 0, y: top, width: 0, height: H - bottom - top, visibility: "hidden" });
  node.appendChild(brush);
  if (since || until) {
    const a = since ? x(new Date(since + "T00:00:00Z").getTime()) : left;
    const b = until ? x(new Date(until + "T00:00:00Z").getTime() + day) : W - 10;
    brush.setAttribute("x", Math.max(left, Math.min(a, b)));
    brush.setAttribute("width", Math.abs(b - a));
    brush.setAttribute("visibility", "visible");
  }
  const local = (event) => {
    const box = node.getBoundingClientRect();
    return Math.max(left, Math.min(W - 10, ((event.clientX - box.left) / box.width) * W));
  };
  let start = null;
  node.onmousedown = (event) => {
    start = local(event);
    brush.setAttribute("x", start);
    brush.setAttribute("width", 0);
    brush.setAttribute("visibility", "visible");
    event.preventDefault();
  };
  node.onmousemove = (event) => {
    if (start === null) return;
    const now = local(event);
    brush.setAttribute("x", Math.min(start, now));
    brush.setAttribute("width", Math.abs(now - start));
  };
  node.onmouseup = (event) => {
    if (start === null) return;
    const end = local(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) return;
    const form = $("filters");
    form.elements.since.value = toDate(a);
    form.elements.until.value = toDate(b);
    applyFilters();
  };
  node.ondblclick = () => {
    const form = $("filters");
    form.elements.since.value = "";
    form.elements.until.value = "";
    applyFilters();
  };
}

function drawNetwork(dyads) {
  const node = $("network");
  clear(node);
  const W = 500, H = 420, cx = W / 2, cy = H / 2, r = 160;
  if (!dyads.length) {
    node.appendChild(svg("text", { x: cx, y: cy, "text-anchor": "middle" }, "no dyads"));
    return;
  }
  const weight = {};
  for (const d of dyads) {
    weight[d.source] = (weight[d.source] || 0) + d.count;
    weight[d.target] = (weight[d.target] || 0) + d.count;
  }
  const actors = Object.keys(weight).sort((a, b) => weight[b] - weight[a] || a.localeCompare(b)).slice(0, 24);
  const pos = {};
  actors.forEach((a, i) => {
    const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2;
    pos[a] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle), angle];
  });
  const defs = svg("defs");
  node.appendChild(defs);
  const maxCount = Math.max(...dyads.map((d) => d.count));
  let markerId = 0;
  for (const d of dyads) {
    if (!pos[d.source] || !pos[d.target]) continue;
    const colour = goldsteinColour(d.goldstein_mean);
    const id = `arrow${markerId++}`;
    defs.appendChild(svg("marker", { id, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6,
      markerHeight: 6, orient: "auto-start-reverse" }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: colour })));
    const [x1, y1] = pos[d.source];
    const [x2, y2] = pos[d.target];
    const width = 1 + 5 * (d.count / maxCount);
    let path;
    if (d.source === d.target) {
      path = `M${x1},${y1} c -30,-40 30,-40 0,0`;
    } else {
      // a gentle curve so that A→B and B→A do not overlap
      const mx = (x1 + x2) / 2 + (y2 - y1) * 0.15;
      const my = (y1 + y2) / 2 - (x2 - x1) * 0.15;
      path = `M${x1},${y1} Q${mx},${my} ${x2},${y2}`;
    }
    node.appendChild(svg("path", { d: path, fill: "none", stroke: colour, "stroke-width": width,
      "stroke-opacity": 0.8, "marker-end": `url(#${id})`, class: "edge" },
    svg("title", {}, `${d.source} → ${d.target}: ${d.count} event(s), mean Goldstein ${fmtGoldstein(d.goldstein_mean)}`)));
  }
  for (const a of actors) {
    const [x, y, angle] = pos[a];
    const g = svg("g", { class: "node", transform: `translate(${x},${y})`, onclick: () => {
      $("filters").elements.actor.value = a;
      applyFilters();
    } });
    g.appendChild(svg("circle", { r: 4 + Math.sqrt(weight[a]) }));
    const lx = Math.cos(angle) * 22, ly = Math.sin(angle) * 22 + 4;
    g.appendChild(svg("text", { x: lx, y: ly, "text-anchor": Math.cos(angle) < -0.2 ? "end" : Math.cos(angle) > 0.2 ? "start" : "middle" }, a));
    g.appendChild(svg("title", {}, `${a}: ${weight[a]} event(s)`));
    node.appendChild(g);
  }
}

// The map: a choropleth of events by source or target country (count or mean Goldstein) with
// the located events as points on top; hover names a country or place, a click filters by it.
async function loadWorld() {
  if (!state.world) {
    const [topology, codes] = await Promise.all([
      api("/static/countries-110m.json"), api("/static/countries-iso.json")]);
    state.world = { shapes: WorldMap.countries(topology, codes), sphere: WorldMap.sphere(),
      graticule: WorldMap.graticule() };
  }
  return state.world;
}

function mapInfo(text) { $("map-info").textContent = text || "\u00a0"; }

async function drawMap(countries, places) {
  const node = $("map");
  const world = await loadWorld();
  clear(node);
  const { W, H } = WorldMap;
  node.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const side = state.mapSide, byGoldstein = state.mapColour === "goldstein";
  const data = {};
  for (const c of countries) data[c.country] = c;
  const max = Math.max(1, ...countries.map((c) => c.count));
  const fill = (row) => !row ? WorldMap.NO_DATA
    : byGoldstein ? goldsteinColour(row.goldstein_mean) : WorldMap.countColour(row.count, max);
  const describe = (row) => !row ? "no events"
    : `${row.count} event(s) as ${side}, mean Goldstein ${fmtGoldstein(row.goldstein_mean)}`;

  node.appendChild(svg("defs", {}, svg("clipPath", { id: "map-sphere" },
    svg("path", { d: world.sphere }))));
  node.appendChild(svg("path", { class: "ocean", d: world.sphere }));
  node.appendChild(svg("path", { class: "graticule", d: world.graticule,
    "clip-path": "url(#map-sphere)" }));
  const land = svg("g", { "clip-path": "url(#map-sphere)" });
  for (const shape of world.shapes) {
    const row = shape.iso ? data[shape.iso] : null;
    const label = `${shape.name}${shape.iso ? " (" + shape.iso + ")" : ""}: ${describe(row)}`;
    land.appendChild(svg("path", {
      class: row ? "country has-data" : "country", d: shape.d, fill: fill(row),
      "fill-rule": "evenodd", "data-iso": shape.iso, "data-count": row ? row.count : 0,
      onmouseenter: () => mapInfo(label),
      onmouseleave: () => mapInfo(""),
      onclick: shape.iso ? () => { $("filters").elements[side].value = shape.iso; applyFilters(); }
        : null,
    }, svg("title", {}, label)));
  }
  node.appendChild(land);

  const maxPlace = Math.max(1, ...places.map((p) => p.count));
  for (const p of places) {
    const [cx, cy] = WorldMap.project(p.lon, p.lat);
    const label = `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.count} located event(s), mean Goldstein ${fmtGoldstein(p.goldstein_mean)}`;
    node.appendChild(svg("circle", { class: "place", cx: cx.toFixed(1), cy: cy.toFixed(1),
      r: 3 + 7 * Math.sqrt(p.count / maxPlace), fill: goldsteinColour(p.goldstein_mean),
      onmouseenter: () => mapInfo(label), onmouseleave: () => mapInfo(""),
      onclick: () => { $("filters").elements.place.value = p.name; applyFilters(); } },
    svg("title", {}, label)));
  }
  drawMapLegend(max, byGoldstein, places.length);
  mapInfo("");
}

function drawMapLegend(max, byGoldstein, located) {
  const legend = $("map-legend");
  clear(legend);
  const stops = byGoldstein ? [-10, -5, 0, 5, 10] : [1, Math.max(1, Math.round(max / 4)), max];
  const swatches = svg("svg", { viewBox: `0 0 ${stops.length * 14 + 2} 12`, class: "scale" });
  stops.forEach((v, i) => swatches.appendChild(svg("rect", { x: 1 + i * 14, y: 1, width: 13,
    height: 10, fill: byGoldstein ? goldsteinColour(v) : WorldMap.countColour(v, max) })));
  append(legend, [
    el("span", {}, byGoldstein ? "mean Goldstein −10 " : "events 1 ", swatches,
      byGoldstein ? " +10" : ` ${max}`),
    el("span", {}, svg("svg", { viewBox: "0 0 14 12", class: "scale" },
      svg("rect", { x: 1, y: 1, width: 12, height: 10, fill: WorldMap.NO_DATA })), " no events"),
    el("span", {}, located ? `${located} place(s) with located events (dots)` : "no located events"),
  ]);
}

// -- article view -------------------------------------------------------------------------------

async function showArticle(id, selectedEvent) {
  status("loading…");
  let data;
  try {
    data = await api(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    $("article-title").textContent = "Article not found";
    $("article-meta").textContent = error.message;
    clear($("article-text")); clear($("article-events")); clear($("article-quotes")); clear($("article-glance"));
    status(error.message, true);
    return;
  }
  const a = data.article;
  $("article-title").textContent = a.title || a.id;
  const meta = $("article-meta");
  clear(meta);
  append(meta, [a.outlet || "", a.published ? ` · ${a.published}` : "", ` · ${data.events.length} event(s) · ${data.quotes.length} quote(s) · `]);
  if (a.url) append(meta, el("a", { href: a.url, rel: "noopener noreferrer" }, "source"));

  renderText($("article-text"), a.text, data.events, data.actors);

  const glance = $("article-glance");
  clear(glance);
  for (const line of data.glance) glance.appendChild(el("li", {}, line.text || ""));
  if (!data.glance.length) glance.appendChild(el("li", {}, "—"));

  const list = $("article-events");
  clear(list);
  data.events.forEach((e, i) => {
    const flags = ["negated", "future", "hypothetical", "reported"].filter((f) => e[f]);
    list.appendChild(el("li", { "data-event": e.id, onclick: () => selectEvent(e.id) },
      el("span", { class: `q q${e.quad_class}` }, e.plover_type || "–"), " ",
      `${actorCode(e, "source")} → ${actorCode(e, "target")} `,
      el("span", { class: "code" }, `${e.cameo_code || ""} ${e.cameo_name || ""} ${fmtGoldstein(e.goldstein)}`),
      el("span", { class: "confidence", title: e.confidence === null ? NO_CONFIDENCE : (e.signals || []).join(", ") },
        ` confidence ${fmtConfidence(e.confidence)}`),
      flags.length ? el("span", { class: "flags" }, ` (${flags.join(", ")})`) : null,
      el("span", { class: "evidence" }, `#${i + 1}: “${e.evidence_text || ""}”`)));
  });

  const quotes = $("article-quotes");
  clear(quotes);
  for (const q of data.quotes) {
    quotes.appendChild(el("li", {},
      el("span", { class: "who" }, q.speaker_text || "?"),
      q.speaker_country ? ` (${q.speaker_country}${q.speaker_sector ? " " + q.speaker_sector : ""})` : "",
      q.verb ? ` ${q.verb}: ` : ": ", el("q", {}, q.text || ""),
      el("span", { class: "flags" }, ` stance ${fmtGoldstein(q.stance)}`)));
  }
  if (!data.quotes.length) quotes.appendChild(el("li", {}, "—"));
  status("");
  if (selectedEvent) selectEvent(selectedEvent);
}

// The text as nodes: each stretch between span boundaries becomes a text node, wrapped in a
// <mark> when it lies inside an actor mention or an event's evidence. Offsets are Python
// string offsets (code points), so the text is cut by code points, not UTF-16 units.
function renderText(container, text, events, actors) {
  clear(container);
  const chars = Array.from(text || "");
  const spans = [];
  for (const e of events) {
    if (e.evidence_start !== null && e.evidence_end !== null) spans.push({ start: e.evidence_start, end: e.evidence_end, kind: "evidence", id: e.id });
  }
  for (const m of actors) {
    if (m.text_start !== null && m.text_end !== null) spans.push({ start: m.text_start, end: m.text_end, kind: "actor", code: m.country });
  }
  const cuts = new Set([0, chars.length]);
  for (const s of spans) {
    s.start = Math.max(0, Math.min(chars.length, s.start));
    s.end = Math.max(s.start, Math.min(chars.length, s.end));
    cuts.add(s.start); cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (from === to) continue;
    const piece = chars.slice(from, to).join("");
    const inside = spans.filter((s) => s.start <= from && to <= s.end);
    if (!inside.length) { container.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(inside.map((s) => s.kind))];
    const mark = el("mark", { class: kinds.join(" ") }, piece);
    const ids = inside.filter((s) => s.kind === "evidence").map((s) => s.id);
    if (ids.length) mark.dataset.events = ids.join(" ");
    const codes = inside.filter((s) => s.kind === "actor" && s.code).map((s) => s.code);
    if (codes.length) mark.title = [...new Set(codes)].join(", ");
    container.appendChild(mark);
  }
}

function selectEvent(id) {
  for (const node of document.querySelectorAll("#article-text mark.selected, #article-events li.selected")) {
    node.classList.remove("selected");
  }
  let first = null;
  for (const mark of document.querySelectorAll("#article-text mark[data-events]")) {
    if (mark.dataset.events.split(" ").includes(id)) {
      mark.classList.add("selected");
      first = first || mark;
    }
  }
  for (const li of document.querySelectorAll("#article-events li")) {
    if (li.dataset.event === id) li.classList.add("selected");
  }
  if (first) first.scrollIntoView({ block: "center" });
}

// -- stories ------------------------------------------------------------------------------------

function storyTitle(s) { return s.title || s.headline || s.label || s.id; }
function storySources(s) { return s.sources || s.articles || []; }

async function showStories() {
  const list = $("stories-list");
  clear(list);
  const note = $("stories-note");
  note.textContent = "";
  try {
    const data = await api("/api/stories?limit=100");
    const stories = Array.isArray(data) ? data : data.items || [];
    for (const s of stories) {
      const n = storySources(s).length || s.n_articles || 0;
      list.appendChild(el("li", {}, el("a", { href: `#/story/${encodeURIComponent(s.id)}` }, storyTitle(s)),
        el("span", { class: "flags" }, ` ${n} source(s)`)));
    }
    if (!stories.length) note.textContent = "No stories in this store.";
    status("");
  } catch (error) {
    note.textContent = error.message;
    status(error.message, true);
  }
}

async function showStory(id) {
  for (const node of [$("story-sources"), $("story-events")]) clear(node);
  try {
    const s = await api(`/api/stories/${encodeURIComponent(id)}`);
    $("story-title").textContent = storyTitle(s);
    const dates = [s.first_date, s.last_date].filter(Boolean).join(" – ");
    $("story-meta").textContent = `${dates} · ${s.n_articles || 0} article(s) from ${s.n_outlets || 0} outlet(s)`;
    for (const src of storySources(s)) {
      const articleId = src.article_id || src.id;
      $("story-sources").appendChild(el("li", {},
        el("a", { href: `#/article/${encodeURIComponent(articleId)}` }, src.title || articleId),
        ` ${src.outlet || ""} ${src.published || ""}`));
    }
    for (const e of s.events || []) {
      const sources = el("ul", { class: "sources" });
      for (const src of e.sources || []) {
        sources.appendChild(el("li", {},
          el("a", { href: `#/article/${encodeURIComponent(src.article_id)}?event=` }, src.outlet || src.article_id),
          `: “${src.evidence_text || ""}”`));
      }
      $("story-events").appendChild(el("li", {},
        el("span", { class: `q q${e.quad_class}` }, e.plover_type || "–"), " ",
        `${e.source_country || "?"} → ${e.target_country || "?"} `,
        el("span", { class: "code" }, `${e.cameo_code || ""} ${fmtGoldstein(e.goldstein)}`),
        el("span", { class: "flags" }, ` ${e.date || ""} · ${e.n_sources || 0} source(s) · confidence ${fmtConfidence(e.confidence)}`),
        sources));
    }
    status("");
  } catch (error) {
    $("story-title").textContent = "Story not available";
    $("story-meta").textContent = error.message;
    status(error.message, true);
  }
}

// -- routing ------------------------------------------------------------------------------------

function show(view) {
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
}

function route() {
  const hash = window.location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "article" && parts[1]) {
    show("article");
    showArticle(parts[1], new URLSearchParams(query || "").get("event"));
  } else if (parts[0] === "stories") {
    show("stories");
    showStories();
  } else if (parts[0] === "story" && parts[1]) {
    show("story");
    showStory(parts[1]);
  } else {
    show("events");
    filtersFromHash(query);
    loadEvents();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("filters").addEventListener("submit", (event) => { event.preventDefault(); applyFilters(); });
  $("filters").addEventListener("reset", () => { setTimeout(applyFilters, 0); });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
  $("next").addEventListener("click", () => { state.offset += PAGE; loadEvents(); });
  $("map-side").addEventListener("change", (event) => { state.mapSide = event.target.value; loadEvents(); });
  $("map-colour").addEventListener("change", (event) => { state.mapColour = event.target.value; loadEvents(); });
  window.addEventListener("hashchange", route);
  route();
});
