// The Stancegraph explorer. Everything it shows comes from the named queries over HTTP
// (/stancegraph/queries/NAME), so what a user sees here is what a SPARQL client gets.
// Text from articles is only ever set as text, never as HTML.
"use strict";

const QUERIES = "/stancegraph/queries/";
const CAMP_COLOURS = { favour: "#2e7d32", against: "#c62828", divided: "#8d8d8d", neutral: "#8d8d8d" };
const CAMP_TITLES = { favour: "In favour", against: "Against", divided: "Divided" };

const state = { topic: "", kind: "conflict", edges: [], days: [], cy: null, chart: null };

/** The rows of a named query as plain objects (column name -> value). */
async function rows(name, params = {}) {
  const url = new URL(QUERIES + name, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value) url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/sparql-results+json" } });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
  const json = await response.json();
  return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  children.forEach((child) => node.append(child));
  return node;
}

/** "2024-02-27T…" -> "2024-02-27"; the window moves by the days the edges have. */
const day = (date) => (date ? date.slice(0, 10) : null);

async function loadTopics() {
  const camps = await rows("camps");
  const labels = new Map(camps.map((r) => [r.topic, r.topicLabel || r.topic]));
  const select = document.getElementById("topic");
  [...labels.entries()]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .forEach(([iri, label]) => select.append(element("option", { value: iri, text: label })));
}

/** The edges of the chosen network, one per actor pair and topic, with counts and days. */
async function loadEdges() {
  if (state.kind === "conflict") {
    return (await rows("who-contradicted-whom", { topic: state.topic })).map((r) => ({
      source: r.contradictor, sourceLabel: r.contradictorLabel, target: r.contradicted,
      targetLabel: r.contradictedLabel, topic: r.topic, count: Number(r.count),
      first: day(r.firstDate), last: day(r.lastDate), directed: true,
    }));
  }
  // Agreement is symmetric: the query gives each pair both ways; one edge is kept.
  const seen = new Set();
  return (await rows("agreements", { topic: state.topic }))
    .filter((r) => {
      const key = [r.actor, r.other].sort().join(" ") + " " + r.topic + " " + r.stance;
      return !seen.has(key) && seen.add(key);
    })
    .map((r) => ({
      source: r.actor, sourceLabel: r.actorLabel, target: r.other, targetLabel: r.otherLabel,
      topic: r.topic, count: Number(r.count), first: day(r.firstDate), last: day(r.lastDate),
      directed: false,
    }));
}

async function showNetwork() {
  document.getElementById("network-summary").textContent = "loading…";
  const [edges, camps] = await Promise.all([loadEdges(), state.topic ? rows("camps", { topic: state.topic }) : []]);
  state.edges = edges;
  const campOf = new Map(camps.map((r) => [r.actor, r.camp]));
  const nodes = new Map();
  edges.forEach((e) => {
    nodes.set(e.source, e.sourceLabel || e.source);
    nodes.set(e.target, e.targetLabel || e.target);
  });
  const elements = [
    ...[...nodes].map(([id, label]) => ({
      data: { id, label, colour: CAMP_COLOURS[campOf.get(id)] || CAMP_COLOURS.divided },
    })),
    ...edges.map((e, i) => ({
      data: { id: "e" + i, source: e.source, target: e.target, width: 1 + Math.min(e.count, 12),
              arrow: e.directed ? "triangle" : "none", count: e.count },
    })),
  ];
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: document.getElementById("network"),
    elements,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000 },
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": "data(colour)",
        "font-size": 11, "text-wrap": "wrap", "text-max-width": 110, width: 18, height: 18 } },
      { selector: "edge", style: { width: "data(width)", "line-color": state.kind === "conflict" ? "#d98880" : "#82c09a",
        "target-arrow-shape": "data(arrow)", "target-arrow-color": "#999", "curve-style": "bezier", opacity: 0.8 } },
      { selector: ".hidden", style: { display: "none" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#1a237e" } },
    ],
  });
  state.cy.on("tap", "node", (event) => showActor(event.target.id(), event.target.data("label")));
  setUpWindow();
}

/** The slider steps through the days the edges begin or end on; both ends start at the widest window. */
function setUpWindow() {
  const days = new Set();
  state.edges.forEach((e) => [e.first, e.last].forEach((d) => d && days.add(d)));
  state.days = [...days].sort();
  const last = Math.max(0, state.days.length - 1);
  for (const id of ["window-from", "window-to"]) {
    const slider = document.getElementById(id);
    slider.max = last;
    slider.disabled = state.days.length < 2;
  }
  document.getElementById("window-from").value = 0;
  document.getElementById("window-to").value = last;
  applyWindow();
}

/** Shows the edges whose days meet the window (edges without days always), and their actors. */
function applyWindow() {
  const from = Number(document.getElementById("window-from").value);
  const to = Number(document.getElementById("window-to").value);
  const start = state.days[Math.min(from, to)];
  const end = state.days[Math.max(from, to)];
  const cy = state.cy;
  let shown = 0;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const e = state.edges[Number(edge.id().slice(1))];
      const inside = !start || !e.first || (e.first <= end && (e.last || e.first) >= start);
      edge.toggleClass("hidden", !inside);
      if (inside) shown++;
    });
    cy.nodes().forEach((node) =>
      node.toggleClass("hidden", node.connectedEdges().filter((edge) => !edge.hasClass("hidden")).length === 0));
  });
  const actors = cy.nodes().filter((n) => !n.hasClass("hidden")).length;
  const windowText = start ? (start === end ? start : `${start} to ${end}`) : "all dates";
  document.getElementById("window-label").textContent = windowText;
  const noun = state.kind === "conflict" ? "contradictions" : "agreements";
  document.getElementById("network-summary").textContent = `${actors} actors, ${shown} ${noun}, ${windowText}`;
}

async function showCamps() {
  const panel = document.getElementById("camps");
  const title = document.getElementById("topic-title");
  panel.replaceChildren();
  if (!state.topic) {
    title.textContent = "Camps";
    panel.append(element("p", { text: "Choose a topic to see its camps and its stances over time." }));
    document.getElementById("stance-chart").hidden = true;
    return;
  }
  const camps = await rows("camps", { topic: state.topic });
  const select = document.getElementById("topic");
  title.textContent = "Camps on " + select.options[select.selectedIndex].text;
  for (const camp of ["favour", "against", "divided"]) {
    const members = camps.filter((r) => r.camp === camp);
    if (members.length === 0) continue;
    const list = element("ul", { class: "camp " + camp });
    members.forEach((r) => {
      const button = element("button", { type: "button", class: "actor", "data-actor": r.actor, text: r.actorLabel || r.actor });
      button.addEventListener("click", () => showActor(r.actor, r.actorLabel || r.actor));
      list.append(element("li", {}, button, ` ${r.favour} for, ${r.against} against`));
    });
    panel.append(element("h3", { text: CAMP_TITLES[camp] }), list);
  }
  await showChart();
}

/**
 * Stances on the topic in time: when said, or when published where the text gives no day; per day
 * when the statements span at most two months, else per month.
 */
async function showChart() {
  const timeline = await rows("timeline", { topic: state.topic });
  const dates = timeline.map((r) => day(r.date) || day(r.published)).filter(Boolean);
  const byDay = new Set(dates.map((d) => d.slice(0, 7))).size <= 2;
  const counts = new Map();
  timeline.forEach((r) => {
    const date = day(r.date) || day(r.published);
    const bucket = !date ? "undated" : byDay ? date : date.slice(0, 7);
    if (!counts.has(bucket)) counts.set(bucket, { favour: 0, against: 0, neutral: 0 });
    counts.get(bucket)[r.stance.split("#").pop()]++;
  });
  const buckets = [...counts.keys()].sort();
  const canvas = document.getElementById("stance-chart");
  canvas.hidden = false;
  if (state.chart) state.chart.destroy();
  state.chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: buckets,
      datasets: ["favour", "against", "neutral"].map((stance) => ({
        label: stance, data: buckets.map((b) => counts.get(b)[stance]),
        backgroundColor: CAMP_COLOURS[stance],
      })),
    },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } },
      plugins: { title: { display: true, text: byDay ? "Statements per day" : "Statements per month" } } },
  });
}

/** An actor's statements in time: the evidence sentence with the quote marked, and the article. */
async function showActor(iri, label) {
  const panel = document.getElementById("actor-panel");
  panel.hidden = false;
  document.getElementById("actor-name").textContent = label + (state.topic ? "" : " (every topic)");
  const list = document.getElementById("actor-statements");
  list.replaceChildren(element("li", { text: "loading…" }));
  const statements = await rows("statements", { speaker: iri, topic: state.topic });
  statements.sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999"));
  list.replaceChildren(...statements.map((s) => {
    const stance = s.stance.split("#").pop();
    return element("li", { class: "statement" },
      element("time", { text: s.date || "undated" }), " ",
      element("span", { class: "stance " + stance, text: stance }), " ",
      element("span", { class: "act", text: s.act.split("#").pop() }), " · ",
      element("span", { class: "topic", text: s.topicLabel || s.topic }),
      evidence(s.sentence, s.quote),
      element("cite", { text: "article " + s.articleId }));
  }));
  if (state.cy) {
    state.cy.nodes().unselect();
    const node = state.cy.getElementById(iri);
    if (node.length) node.select();
  }
  panel.scrollIntoView({ block: "nearest" });
}

/** The sentence, with the quote marked where it stands in it. */
function evidence(sentence, quote) {
  const block = element("blockquote");
  const at = quote ? sentence.indexOf(quote) : -1;
  if (at < 0) {
    block.append(sentence);
    if (quote) block.append(" ", element("mark", { text: quote }));
  } else {
    block.append(sentence.slice(0, at), element("mark", { text: quote }), sentence.slice(at + quote.length));
  }
  return block;
}

/** The SPARQL editor, a tab per named query; the page works without it if it cannot start. */
async function showEditor() {
  try {
    const response = await fetch(QUERIES, { headers: { Accept: "application/json" } });
    const queries = await response.json();
    const yasgui = new Yasgui(document.getElementById("sparql"), {
      requestConfig: { endpoint: location.origin + "/stancegraph/sparql" },
      copyEndpointOnNewTab: true,
      persistenceId: null,
    });
    const first = yasgui.getTab();
    queries.forEach((q) => yasgui.addTab(false, { name: q.name, yasqe: { value: q.sparql } }));
    if (first && queries.length) first.close();
    window.scrollTo(0, 0); // the editor takes the focus, and the page would open scrolled to it
  } catch (error) {
    document.getElementById("sparql").textContent = "The SPARQL editor could not start: " + error;
  }
}

async function refresh() {
  document.getElementById("actor-panel").hidden = true;
  await Promise.all([showNetwork(), showCamps()]);
}

async function start() {
  try {
    await loadTopics();
    document.getElementById("topic").addEventListener("change", (event) => {
      state.topic = event.target.value;
      refresh();
    });
    document.querySelectorAll("input[name=kind]").forEach((radio) =>
      radio.addEventListener("change", (event) => {
        state.kind = event.target.value;
        showNetwork();
      }));
    for (const id of ["window-from", "window-to"]) {
      document.getElementById(id).addEventListener("input", applyWindow);
    }
    await refresh();
  } catch (error) {
    document.getElementById("network-summary").textContent = "Could not load the graph: " + error.message;
  }
  showEditor();
}

start();
