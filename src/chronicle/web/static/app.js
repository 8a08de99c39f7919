/* chronicle web UI. Article text is untrusted: every string from the API reaches the page as a
   DOM text node (el(), textContent), never through innerHTML. */
"use strict";

const FILTER_KEYS = ["party", "with", "type", "status", "since", "until", "q"];
const state = { view: "timeline", arg: null, filters: {}, timeline: null, network: null, map: null, land: null };

// ------------------------------------------------------------------ helpers
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const $ = (sel) => document.querySelector(sel);
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
function partyName(f) { return (f.name || f.text) + (f.country ? ` (${f.country})` : ""); }
function parties(fs) { return fs.length ? fs.map(partyName).join(", ") : "?"; }
function describe(e) { return `${parties(e.actor)} → ${e.type}${e.mode ? "/" + e.mode : ""} → ${parties(e.recipient)}`; }
// Same as chronicle.timeline.readable_value: "2025-07-07TNI" -> "2025-07-07 night".
const PARTS_OF_DAY = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
const PERIODS = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter", H1: "first half", H2: "second half" };
function readableValue(v) {
  let m = /^(\d{4}-\d{2}-\d{2})T(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)$/.exec(v);
  if (m) {
    if (m[2]) return `${m[1]} ${PARTS_OF_DAY[m[2]]}`;
    const zone = m[5] === undefined ? "" : m[5] === "Z" ? " UTC" : ` UTC${m[5]}`;
    return `${m[1]} ${m[3]}:${m[4] || "00"}${zone}`;
  }
  m = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(v);
  if (m) return `${m[1]} ${PERIODS[m[2]] || m[2]}`;
  if (v.endsWith("-WE") && v.slice(0, -3).includes("-W")) return `${v.slice(0, -3)} weekend`;
  if (/^\d{2,3}$/.test(v)) return v + "0".repeat(4 - v.length) + "s";
  return v;
}
// Same wording as chronicle.timeline.date_label: a plan with no date in the text is undated.
function dateText(d, status) {
  if (!d || !d.start) return "date unknown";
  const label = d.value ? readableValue(d.value) : d.start;
  if (d.source !== "article") return label;
  return (status === "planned" || status === "possible") ? `date not given (reported ${label})` : `${label} (article date)`;
}
function setStatus(text) { $("#status").textContent = text; }
function showError(msg) { const p = $("#error"); p.textContent = msg; p.hidden = !msg; }

function query(extra) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (state.filters[k]) p.set(k, state.filters[k]);
  for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined) p.set(k, v);
  return p.toString();
}
async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.message || `${r.status} ${r.statusText}`);
  return body;
}

// ------------------------------------------------------------------ routing
function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, qs] = h.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(qs || "");
  const filters = {};
  for (const k of FILTER_KEYS) if (params.get(k)) filters[k] = params.get(k);
  return { view: parts[0] || "timeline", arg: parts[1] || null, filters };
}
function go(view, arg, filters) {
  const f = filters || state.filters;
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) p.set(k, f[k]);
  const qs = p.toString();
  location.hash = "#/" + view + (arg ? "/" + encodeURIComponent(arg) : "") + (qs ? "?" + qs : "");
}
function syncForm() {
  const form = $("#filters");
  for (const k of FILTER_KEYS) form.elements[k].value = state.filters[k] || "";
}
async function route() {
  const r = parseHash();
  state.view = r.view; state.arg = r.arg; state.filters = r.filters;
  syncForm();
  showError("");
  document.querySelectorAll(".view").forEach((s) => { s.hidden = s.id !== "view-" + r.view; });
  document.querySelectorAll("nav a[data-view]").forEach((a) => a.classList.toggle("active", a.dataset.view === r.view));
  $("#filters").hidden = r.view === "event" || r.view === "article";
  try {
    if (r.view === "timeline") await renderTimeline();
    else if (r.view === "network") await renderNetwork();
    else if (r.view === "map") await renderMap();
    else if (r.view === "table") await renderTable();
    else if (r.view === "event") await renderEvent(r.arg);
    else if (r.view === "article") await renderArticle(r.arg);
    else go("timeline");
  } catch (err) {
    showError(err.message);
  }
}

// ------------------------------------------------------------------ timeline (vis-timeline)
async function renderTimeline() {
  setStatus("loading…");
  const data = await api("/api/timeline?" + query());
  const by = $("#tl-group").value;
  const groups = new Map();
  const items = [];
  data.entries.forEach((e, i) => {
    if (!e.date.start) return; // undated events have no place on a time axis
    const g = by === "type" ? e.type : e.dyad;
    if (!groups.has(g)) groups.set(g, { id: g, content: el("span", {}, g), order: groups.size });
    const start = e.date.start, end = e.date.end;
    const label = el("span", {}, `${e.type}${e.mode ? "/" + e.mode : ""} · ${parties(e.actor)} → ${parties(e.recipient)}`);
    const tip = el("div", {}, `${dateText(e.date, e.status)} · ${e.status}`, el("br"), describe(e), el("br"),
      `${e.num_mentions} mention(s) in ${e.num_articles} article(s) · sources: ${(e.sources || []).join(", ") || "none named"}`);
    const item = { id: i, group: g, content: label, title: tip, start, className: "st-" + e.status,
                   eventId: e.mention_ids[0] };
    if (end && end !== start) { item.end = addDay(end); item.type = "range"; } else { item.type = "box"; }
    items.push(item);
  });
  if (state.timeline) { state.timeline.destroy(); state.timeline = null; }
  const container = clear($("#timeline"));
  setStatus(`${items.length} events on the axis` + (data.entries.length > items.length ? ` (${data.entries.length - items.length} undated not shown)` : ""));
  if (!items.length) { container.appendChild(el("p", { class: "muted" }, "No dated events match the filters.")); return; }
  const tl = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet([...groups.values()]), {
    stack: true, zoomable: true, zoomKey: "", orientation: "top", margin: { item: 6 },
    tooltip: { followMouse: true }, showCurrentTime: false, maxHeight: 640,
  });
  tl.on("select", (props) => {
    const it = items.find((x) => x.id === props.items[0]);
    if (it) go("event", it.eventId);
  });
  // the first paint can miss the final layout: redraw once the browser has laid the page out
  requestAnimationFrame(() => { tl.redraw(); tl.fit({ animation: false }); });
  state.timeline = tl;
}
function addDay(iso) { const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().slice(0, 10); }
function zoomTimeline(f) { if (state.timeline) (f > 0 ? state.timeline.zoomIn(0.5) : state.timeline.zoomOut(0.5)); }

// ------------------------------------------------------------------ network (cytoscape)
async function renderNetwork() {
  setStatus("loading…");
  const data = await api("/api/network?" + query());
  const container = clear($("#network"));
  setStatus(`${data.nodes.length} actors · ${data.edges.length} links`);
  const max = Math.max(1, ...data.nodes.map((n) => n.events));
  const maxE = Math.max(1, ...data.edges.map((e) => e.events));
  const cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name + (n.country ? ` (${n.country})` : ""), name: n.name,
                                          size: 18 + 42 * n.events / max, events: n.events } })),
      ...data.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, w: 1 + 7 * e.events / maxE } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#2f6fdb",
                                   "font-size": 10, color: "#1d2330", "text-valign": "bottom", "text-margin-y": 3 } },
      { selector: "edge", style: { width: "data(w)", "line-color": "#9fb3d9", "target-arrow-color": "#9fb3d9",
                                   "target-arrow-shape": "triangle", "curve-style": "bezier" } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    wheelSensitivity: 0.3,
  });
  cy.on("tap", "node", (evt) => go("network", null, { ...state.filters, party: evt.target.data("name"), with: "" }));
  state.network = cy;
}

// ------------------------------------------------------------------ map (Leaflet, no tiles)
async function renderMap() {
  setStatus("loading…");
  const data = await api("/api/places?" + query());
  if (!state.map) {
    state.map = L.map("map", { minZoom: 1, maxZoom: 8, zoomSnap: 0.25, attributionControl: true });
    state.map.fitBounds([[-58, -170], [78, 180]]);
    state.map.attributionControl.setPrefix(false);
    state.map.attributionControl.addAttribution("Land: Natural Earth via world-atlas");
    const topo = await api("/static/vendor/world-atlas/land-110m.json");
    state.land = L.geoJSON(topojson.feature(topo, topo.objects.land), {
      style: { stroke: false, fillColor: "#d8d1bf", fillOpacity: 1 }, interactive: false,
    }).addTo(state.map);
    state.points = L.layerGroup().addTo(state.map);
  }
  state.points.clearLayers();
  const max = Math.max(1, ...data.places.map((p) => p.count));
  for (const p of data.places) {
    const popup = el("div", {}, el("strong", {}, p.name || "?"), ` (${p.country || "?"}) · ${p.count} event(s)`,
      el("ul", {}, p.events.map((e) => el("li", {}, el("a", { href: "#/event/" + encodeURIComponent(e.id) },
        `${e.date || "undated"} ${e.type} (${e.status})`)))));
    L.circleMarker([p.latitude, p.longitude], { radius: 5 + 15 * Math.sqrt(p.count / max), color: "#1f4fa5",
      fillColor: "#2f6fdb", fillOpacity: 0.6, weight: 1 }).bindPopup(popup).addTo(state.points);
  }
  setStatus(`${data.places.length} places`);
  setTimeout(() => state.map.invalidateSize(), 0);
}

// ------------------------------------------------------------------ events table
let tableCursor = null;
async function renderTable(append) {
  const tbody = $("#events tbody");
  if (!append) { clear(tbody); tableCursor = null; }
  setStatus("loading…");
  const page = await api("/api/events?" + query({ limit: 100, cursor: append ? tableCursor : null }));
  for (const e of page.items) {
    const loc = e.location ? (e.location.name || e.location.text) : "";
    const tr = el("tr", { dataset: { id: e.id }, on: { click: () => go("event", e.id) } },
      el("td", {}, dateText(e.date, e.status)),
      el("td", {}, el("span", { class: "status " + e.status }, e.status)),
      el("td", {}, parties(e.actor)),
      el("td", {}, e.type + (e.mode ? "/" + e.mode : "")),
      el("td", {}, parties(e.recipient)),
      el("td", {}, loc),
      el("td", { class: "evidence" }, e.sentence_text || ""),
      el("td", {}, (e.sources || []).join(", ")));
    tbody.appendChild(tr);
  }
  tableCursor = page.next_cursor;
  $("#more").hidden = !tableCursor;
  const n = tbody.children.length;
  $("#tbl-count").textContent = `${n} event mention(s)` + (tableCursor ? " shown, more available" : "");
  $("#csv").href = "/api/export?" + query({ format: "csv" });
  setStatus("");
}

// ------------------------------------------------------------------ evidence highlighting
/* Split text at every span boundary; each piece is a text node, wrapped in <mark> classes of the
   spans covering it. No string is ever parsed as HTML. */
function highlighted(text, spans, sentence) {
  const cuts = new Set([0, text.length]);
  const ok = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.end <= text.length);
  ok.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  if (sentence) { cuts.add(sentence.start); cuts.add(sentence.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = ok.filter((s) => s.start <= a && s.end >= b);
    const inSentence = sentence && sentence.start <= a && sentence.end >= b;
    let node = document.createTextNode(piece);
    if (covering.length) {
      // innermost (shortest) span gives the colour; all kinds are listed in the tooltip
      covering.sort((x, y) => (x.end - x.start) - (y.end - y.start));
      const kinds = covering.map((s) => s.kind);
      node = el("mark", { class: "k-" + kinds[0], dataset: { kinds: kinds.join(" ") },
        title: covering.map((s) => s.kind + (s.label ? ": " + s.label : "")).join(" · ") }, node);
    }
    if (inSentence) node = el("span", { class: "sent" }, node);
    frag.appendChild(node);
  }
  return frag;
}

async function renderEvent(id) {
  setStatus("loading…");
  const e = await api("/api/events/" + encodeURIComponent(id));
  const art = await api("/api/articles/" + e.article.key);
  $("#ev-title").textContent = describe(e);
  const meta = clear($("#ev-meta"));
  const att = e.attribution;
  const rows = [
    ["status", el("span", { class: "status " + e.status }, e.status)],
    ["when", `${dateText(e.date, e.status)} · precision ${e.date.precision || "?"}` + (e.date.text ? ` · “${e.date.text}”` : "")],
    ["type", `${e.type}${e.mode ? " / " + e.mode : ""} · PLOVER ${e.plover || "?"} · CAMEO ${e.cameo || "?"}`],
    ["where", e.location ? `${e.location.name || e.location.text} (${e.location.country || "?"})` : "unknown"],
    ["who says", att ? `${att.speaker || "unnamed"}${att.via && att.via.length ? " via " + att.via.join(", ") : ""} — “${att.text}”` : "not attributed"],
    ["sources", (e.event_sources || e.sources || []).join(", ") || "none named"],
    ["mentions", `${e.num_mentions} in ${e.num_articles} article(s)`],
    ["confidence", String(e.confidence)],
  ];
  // the canonical event this mention belongs to (chronicle.link): its own status and date,
  // and the plan it carries out or the event that carried it out
  const ev = e.event;
  if (ev) {
    const links = [];
    for (const [rel, ids] of [["realizes", ev.realizes], ["realized by", ev.realized_by]]) {
      for (const id of ids || []) links.push(` · ${rel} `, el("a", { href: "#/event/" + encodeURIComponent(id), class: "ev-link" }, id));
    }
    rows.splice(1, 0, ["event", el("span", { "data-testid": "ev-event" },
      `${ev.status} · ${dateText(ev.date, ev.status)} · precision ${ev.date.precision || "?"}`, ...links)]);
  }
  for (const [k, v] of rows) { meta.appendChild(el("dt", {}, k)); meta.appendChild(el("dd", {}, v)); }
  $("#art-title").textContent = art.title || art.id;
  $("#art-meta").textContent = `${art.id} · ${art.date || "undated"}${art.source ? " · " + art.source : ""}`;
  const box = clear($("#article"));
  box.appendChild(highlighted(art.text, e.evidence, e.sentence));
  const ul = clear($("#ev-mentions"));
  for (const m of e.mentions) {
    ul.appendChild(el("li", {}, el("a", { href: "#/event/" + encodeURIComponent(m.id) }, `${m.article.id} (${m.article.date || "?"})`),
      ` — “${m.sentence_text || ""}”`, m.sources.length ? ` · ${m.sources.join(", ")}` : ""));
  }
  setStatus("");
  const first = box.querySelector("mark.k-trigger");
  if (first) first.scrollIntoView({ block: "center" });
}

async function renderArticle(key) {
  setStatus("loading…");
  const art = await api("/api/articles/" + encodeURIComponent(key));
  $("#art2-title").textContent = art.title || art.id;
  $("#art2-meta").textContent = `${art.id} · ${art.date || "undated"}${art.source ? " · " + art.source : ""}`;
  const spans = [];
  for (const ev of art.events) spans.push(...ev.evidence);
  const box = clear($("#article2"));
  box.appendChild(highlighted(art.text, spans, null));
  const ul = clear($("#art2-events"));
  for (const ev of art.events) ul.appendChild(el("li", {}, el("a", { href: "#/event/" + encodeURIComponent(ev.id) }, describe(ev)), ` · ${dateText(ev.date, ev.status)} · ${ev.status}`));
  setStatus("");
}

// ------------------------------------------------------------------ boot
async function loadFacets() {
  try {
    const f = await api("/api/facets");
    const sel = $("#filters").elements.type;
    for (const t of f.types) sel.appendChild(el("option", { value: t }, t));
  } catch (err) { showError(err.message); }
}
document.addEventListener("DOMContentLoaded", async () => {
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const form = ev.target, f = {};
    for (const k of FILTER_KEYS) if (form.elements[k].value.trim()) f[k] = form.elements[k].value.trim();
    const view = ["event", "article"].includes(state.view) ? "table" : state.view;
    go(view, null, f);
  });
  $("#f-clear").addEventListener("click", () => go(["event", "article"].includes(state.view) ? "table" : state.view, null, {}));
  $("#tl-group").addEventListener("change", () => renderTimeline().catch((e) => showError(e.message)));
  $("#tl-in").addEventListener("click", () => zoomTimeline(1));
  $("#tl-out").addEventListener("click", () => zoomTimeline(-1));
  $("#tl-fit").addEventListener("click", () => state.timeline && state.timeline.fit());
  $("#more").addEventListener("click", () => renderTable(true).catch((e) => showError(e.message)));
  window.addEventListener("hashchange", route);
  await loadFacets();
  await route();
  document.body.dataset.ready = "1";
});
