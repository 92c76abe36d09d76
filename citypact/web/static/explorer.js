/* citypact explorer: draws the map, the network and the charts from their JSON twins.
   Every library is served from /static/vendor (npm, installed by `make install`). */
"use strict";

(function () {
  const KIND_ORDER = ["twinning", "agreement", "cooperation", "proposal"];

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  function say(id, text) {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  }

  function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

  function entityUrl(id) {
    if (!id || id.startsWith("name:")) return null;
    if (id.startsWith("org:")) return `/organizations/${id}`;
    if (id.startsWith("person:")) return `/people/${id}`;
    return `/places/${id}`;
  }

  /* Filters: any change reloads the page with the non-empty fields only. */
  function initForms() {
    document.querySelectorAll("form[data-explore-form]").forEach((form) => {
      const go = () => {
        const params = new URLSearchParams();
        new FormData(form).forEach((value, key) => { if (String(value).trim()) params.append(key, value); });
        const query = params.toString();
        window.location.assign(window.location.pathname + (query ? `?${query}` : ""));
      };
      form.addEventListener("change", go);
      form.addEventListener("submit", (event) => { event.preventDefault(); go(); });
    });
  }

  /* The map: Natural Earth countries (world-atlas) as the basemap, no tiles. */
  async function initMap(el) {
    const colours = JSON.parse(el.dataset.colours);
    const map = L.map(el, { worldCopyJump: false, minZoom: 1, maxZoom: 10, zoomSnap: 0.25,
                            attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Boundaries: Natural Earth");
    map.setView([30, 40], 2);
    const [world, data] = await Promise.all([getJSON(el.dataset.world), getJSON(el.dataset.api)]);
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { interactive: false,
      style: { color: "#c9ced6", weight: 0.6, fillColor: "#f3f1ec", fillOpacity: 1 } }).addTo(map);
    const arcs = L.layerGroup().addTo(map);
    data.arcs.forEach((arc) => {
      const line = L.polyline(arc.paths, {
        color: colours[arc.kind] || "#555", weight: 1.5 + Math.min(arc.stories, 6) * 0.5,
        opacity: arc.status === "dormant" ? 0.45 : 0.8,
        dashArray: arc.status === "dormant" ? "4 4" : null, className: "arc" });
      line.bindTooltip(`${arc.name} · ${arc.kind} · ${arc.status}`, { sticky: true });
      line.on("click", () => window.location.assign(`/partnerships/${arc.partnership_id}`));
      line.addTo(arcs);
    });
    const places = L.featureGroup().addTo(map);
    data.places.forEach((place) => {
      const marker = L.circleMarker([place.lat, place.lon], {
        radius: 3 + 2.5 * Math.sqrt(place.partnerships), color: "#1f2937", weight: 1,
        fillColor: "#f97316", fillOpacity: 0.85, className: "place" });
      marker.bindTooltip(`${place.name} · ${plural(place.partnerships, "partnership", "partnerships")}`);
      marker.on("click", () => window.location.assign(`/places/${place.id}`));
      marker.addTo(places);
    });
    // Fit the places and the arcs between them (an arc can bulge far north of its ends).
    const bounds = L.featureGroup([places, ...arcs.getLayers()]).getBounds();
    if (data.places.length > 1) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 6 });
    else if (data.places.length === 1) map.setView([data.places[0].lat, data.places[0].lon], 5);
    const placesCut = data.places_capped ? " (the most active)" : "";
    const arcsCut = data.partnerships > data.partnerships_drawn ? ` of the ${data.partnerships_drawn} most reported` : "";
    say("map-status", `${plural(data.places.length, "place", "places")}${placesCut}; ${plural(data.arcs.length, "arc", "arcs")}${arcsCut} of ${plural(data.partnerships, "partnership", "partnerships")} (those with two places on the map). Click a place for its dossier, an arc for its history.`);
    el.dataset.ready = "true";
  }

  /* The network: positions come from the server (networkx); Cytoscape only draws. */
  async function initNetwork(el) {
    const colours = JSON.parse(el.dataset.colours);
    const data = await getJSON(el.dataset.api);
    const maxDegree = Math.max(1, ...data.nodes.map((n) => n.degree));
    const elements = [
      ...data.nodes.map((n) => ({ group: "nodes", data: { id: n.id, label: n.name, kind: n.kind || "unknown",
        size: 14 + 34 * Math.sqrt(n.degree / maxDegree) }, position: { x: n.x, y: n.y } })),
      ...data.edges.map((e, i) => ({ group: "edges", data: { id: `e${i}`, source: e.source, target: e.target,
        partnership: e.partnership_id, colour: colours[e.kind] || "#888", status: e.status,
        width: 1.5 + Math.min(e.stories, 6) * 0.6 } })),
    ];
    const cy = cytoscape({ container: el, elements, layout: { name: "preset" }, minZoom: 0.05, maxZoom: 3,
      style: [
        { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "#f97316",
          "border-width": 1, "border-color": "#1f2937", label: "data(label)", "font-size": 11,
          "font-family": "system-ui, sans-serif", color: "#1f2937", "text-valign": "bottom", "text-margin-y": 3,
          "text-background-color": "#ffffff", "text-background-opacity": 0.7, "text-background-padding": 1 } },
        { selector: 'node[kind = "organization"]', style: { shape: "round-rectangle", "background-color": "#60a5fa" } },
        { selector: 'node[kind = "unknown"]', style: { "background-color": "#d1d5db" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", opacity: 0.8, "curve-style": "bezier" } },
        { selector: 'edge[status = "dormant"]', style: { "line-style": "dashed", opacity: 0.5 } },
      ] });
    cy.fit(undefined, 30);
    cy.on("tap", "node", (event) => { const url = entityUrl(event.target.id()); if (url) window.location.assign(url); });
    cy.on("tap", "edge", (event) => window.location.assign(`/partnerships/${event.target.data("partnership")}`));
    const cut = data.nodes_total > data.nodes.length ? ` (the ${data.nodes.length} best connected of ${data.nodes_total})` : "";
    const read = data.partnerships > data.partnerships_drawn ? ` of the ${data.partnerships_drawn} most reported of ${data.partnerships}` : "";
    say("network-status", `${plural(data.nodes.length, "party", "parties")}${cut}, ${plural(data.edges.length, "partnership", "partnerships")}${read}. Size: number of partners. Click a node for its dossier, an edge for its history.`);
    el.cy = cy;
    el.dataset.ready = "true";
  }

  function kindScale(colours, domain) {
    return { domain, range: domain.map((k) => colours[k] || "#9ca3af") };
  }

  const COLOURS = { twinning: "#7c3aed", agreement: "#2563eb", cooperation: "#0d9488", proposal: "#d97706" };
  const EMBED = { actions: false, renderer: "svg", mode: "vega-lite" };

  async function initTimeline(el) {
    const data = await getJSON(el.dataset.api);
    if (!data.links.length && !data.events.length) {
      el.innerHTML = '<p class="muted">No dated link or event.</p>';
      el.dataset.ready = "true";
      return;
    }
    const years = [...data.links, ...data.events].map((d) => d.year);
    const domain = [];
    for (let y = Math.min(...years); y <= Math.max(...years); y += 1) domain.push(y);
    const small = el.classList.contains("small");
    const x = { field: "year", type: "ordinal", title: null, scale: { domain }, axis: { labelAngle: 0, labelOverlap: true } };
    const links = { title: null, data: { values: data.links }, mark: { type: "bar", tooltip: true },
      width: small ? 280 : "container", height: small ? 120 : 220,
      encoding: { x, y: { field: "count", type: "quantitative", aggregate: "sum", title: "links", axis: { tickMinStep: 1 } },
        color: { field: "kind", type: "nominal", title: null, scale: kindScale(COLOURS, KIND_ORDER),
          legend: { orient: small ? "bottom" : "top", columns: small ? 2 : 4, symbolType: "square" } },
        order: { field: "kind" } } };
    const spec = { padding: 8, autosize: { type: "fit-x", contains: "padding" },
      config: { font: "system-ui, sans-serif", view: { stroke: null } } };
    if (data.events.length && !small) {
      spec.vconcat = [links, { title: "Events", data: { values: data.events }, mark: { type: "circle", tooltip: true },
        width: "container", height: 140,
        encoding: { x, y: { field: "kind", type: "nominal", title: null }, size: { field: "count", type: "quantitative", legend: null },
          color: { value: "#f97316" } } }];
    } else Object.assign(spec, links);
    await vegaEmbed(el, spec, EMBED);
    el.dataset.ready = "true";
  }

  async function initHistory(el) {
    const data = await getJSON(el.dataset.specUrl);
    const rows = data.links.map((l) => ({ date: l.date || l.published, row: l.kind, kind: l.kind, source: l.document_title || l.document_id }))
      .concat(data.events.map((e) => ({ date: e.date, row: `event: ${e.type}`, kind: "event", source: e.document_title || e.document_id })))
      .filter((r) => r.date);
    if (!rows.length) { el.remove(); return; }
    rows.forEach((r) => { r.date = r.date.length === 4 ? `${r.date}-07-01` : r.date.length === 7 ? `${r.date}-15` : r.date; });
    const colours = Object.assign({ event: "#f97316" }, COLOURS);
    const kinds = [...KIND_ORDER, "event"];
    await vegaEmbed(el, {
      width: "container", height: { step: 26 },
      padding: 8, autosize: { type: "fit-x", contains: "padding" }, config: { font: "system-ui, sans-serif", view: { stroke: null } },
      data: { values: rows }, mark: { type: "point", filled: true, size: 110, tooltip: true },
      encoding: { x: { field: "date", type: "temporal", title: null, scale: { padding: 14 }, axis: { format: "%Y", tickCount: "year" } },
        y: { field: "row", type: "nominal", title: null, sort: [...KIND_ORDER] },
        color: { field: "kind", type: "nominal", legend: null, scale: kindScale(colours, kinds) },
        tooltip: [{ field: "date", type: "temporal" }, { field: "row" }, { field: "source" }] } }, EMBED);
    el.dataset.ready = "true";
  }

  /* The document view: #ev-N lights up link N's evidence; hovering a link does too. */
  function initDocument() {
    const text = document.getElementById("text");
    if (!text) return;
    const light = (n, on) => text.querySelectorAll(".ev").forEach((span) => {
      if (span.dataset.links.split(" ").includes(String(n))) span.classList.toggle("lit", on);
    });
    const fromHash = () => {
      text.querySelectorAll(".lit").forEach((span) => span.classList.remove("lit"));
      document.querySelectorAll(".doc-links li.current").forEach((li) => li.classList.remove("current"));
      const match = /^#(?:ev|link)-(\d+)$/.exec(window.location.hash);
      if (!match) return;
      light(match[1], true);
      const item = document.getElementById(`link-${match[1]}`);
      if (item) item.classList.add("current");
    };
    document.querySelectorAll(".doc-links li").forEach((li) => {
      li.addEventListener("mouseenter", () => light(li.dataset.link, true));
      li.addEventListener("mouseleave", () => { light(li.dataset.link, false); fromHash(); });
    });
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  function report(el, error) {
    console.warn(error);
    el.classList.add("failed");
    el.textContent = "Could not draw this view: " + error.message;
  }

  document.addEventListener("DOMContentLoaded", () => {
    initForms();
    initDocument();
    document.querySelectorAll('[data-view="map"]').forEach((el) => initMap(el).catch((e) => report(el, e)));
    document.querySelectorAll('[data-view="network"]').forEach((el) => initNetwork(el).catch((e) => report(el, e)));
    document.querySelectorAll('[data-chart="timeline"]').forEach((el) => initTimeline(el).catch((e) => report(el, e)));
    document.querySelectorAll('[data-chart="history"]').forEach((el) => initHistory(el).catch((e) => report(el, e)));
  });
})();
