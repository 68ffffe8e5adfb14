/* ctnet network page. Every corpus string is written with textContent, never as HTML. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("ctnet-data").textContent);
  var SHAPES = { agency: "dot", government: "square", other: "triangle" };
  var SYMBOL = { agency: "\u25CF", government: "\u25A0", other: "\u25B2" };
  var MAX_LIST = 12;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function kv(parent, k, v) {
    if (v === undefined || v === null || v === "") { return; }
    var row = el("div", null, "ctnet-kv");
    row.appendChild(el("span", k + ": ", "ctnet-k"));
    row.appendChild(el("span", v));
    parent.appendChild(row);
  }
  function fmt(v) {
    if (v === null || v === undefined) { return ""; }
    if (typeof v === "number") { return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4))); }
    return String(v);
  }
  function docLabel(i) {
    var d = D.docs[i];
    var t = d[1] || d[0];
    return d[2] ? t + " (" + d[2] + ")" : t;
  }

  var actors = D.actors;            // id -> static attributes and evidence
  var period = 0;
  var P = D.periods[0];
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var edgeInfo = {};
  var neighbours = {};

  function communityColor(c) {
    if (c === null || c === undefined || c < 0 || c >= D.palette.length) { return D.other_color; }
    return D.palette[c];
  }
  function nodeColor(id, row) {
    var a = actors[id];
    var bg = D.color_by === "type" ? (D.type_colors[a.type] || D.other_color) : communityColor(row.community);
    return { background: bg, border: a.donor ? "#000000" : "#444444",
             highlight: { background: bg, border: "#000000" }, hover: { background: bg, border: "#000000" } };
  }
  function buildNode(row) {
    var a = actors[row.id];
    return { id: row.id, label: row.label ? a.name : undefined, x: a.x, y: a.y, size: row.size,
             shape: SHAPES[a.family] || "dot", borderWidth: a.donor ? 4 : 1, borderWidthSelected: a.donor ? 5 : 2,
             color: nodeColor(row.id, row) };
  }
  function load(pi) {
    period = pi;
    P = D.periods[pi];
    edgeInfo = {};
    neighbours = {};
    fillFilters();
    var ns = P.nodes.map(function (row) { var n = buildNode(row); n.hidden = !visible(row); return n; });
    var es = P.edges.map(function (e, k) {
      var id = "e" + k;
      edgeInfo[id] = e;
      (neighbours[e[0]] = neighbours[e[0]] || []).push(e[1]);
      (neighbours[e[1]] = neighbours[e[1]] || []).push(e[0]);
      return { id: id, from: e[0], to: e[1], width: e[3] };
    });
    nodes.clear(); edges.clear();
    nodes.add(ns); edges.add(es);
    legend();
    status();
  }

  var container = document.getElementById("ctnet-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: D.seed },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: D.big, hideEdgesOnZoom: D.big, multiselect: false },
    edges: { smooth: false, selectionWidth: 1, hoverWidth: 0.5,
             color: { color: "rgba(120,120,120,0.45)", highlight: "#333333", hover: "#333333" } },
    nodes: { scaling: { label: { enabled: false } }, font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" } }
  });

  // ---------------------------------------------------------------- details
  function nodeInfo(id) {
    var a = actors[id];
    var row = null;
    for (var i = 0; i < P.nodes.length; i++) { if (P.nodes[i].id === id) { row = P.nodes[i]; break; } }
    var box = el("div");
    box.appendChild(el("strong", a.name));
    kv(box, "id", id);
    kv(box, "type", a.type + (a.donor ? " (donor)" : ""));
    kv(box, "country", a.country);
    kv(box, "parent", a.parent);
    if (row) {
      kv(box, "community", row.community);
      D.metrics.forEach(function (m, j) { kv(box, m, fmt(row.m[j])); });
    }
    var docs = a.docs;
    box.appendChild(el("div", "Releases (" + docs.length + ")", "ctnet-k"));
    var ul = el("ul");
    docs.slice(0, MAX_LIST).forEach(function (d) { ul.appendChild(el("li", docLabel(d))); });
    box.appendChild(ul);
    if (docs.length > MAX_LIST) { box.appendChild(el("div", "\u2026 and " + (docs.length - MAX_LIST) + " more", "ctnet-more")); }
    return box;
  }
  function sentencesOf(actor, d) {
    var ev = actors[actor].ev;
    return (ev && ev[d]) ? ev[d] : [];
  }
  function edgeInfoBox(eid) {
    var e = edgeInfo[eid];
    var a = e[0], b = e[1];
    var box = el("div");
    box.appendChild(el("strong", actors[a].name + " \u2014 " + actors[b].name));
    kv(box, "weight", fmt(e[2]));
    if (e[5]) { kv(box, "p-value", fmt(e[5][0])); kv(box, "q-value", fmt(e[5][1])); }
    kv(box, "shared releases", e[4].length);
    var shown = 0;
    e[4].slice(0, MAX_LIST).forEach(function (d) {
      box.appendChild(el("div", docLabel(d), "ctnet-kv"));
      var sa = sentencesOf(a, d), sb = sentencesOf(b, d);
      var both = sa.filter(function (s) { return sb.indexOf(s) >= 0; });
      var list = both.length ? both : sa.concat(sb.filter(function (s) { return sa.indexOf(s) < 0; })).sort(function (x, y) { return x - y; });
      list.slice(0, 3).forEach(function (s) {
        var t = D.sentences[d + ":" + s];
        if (t !== undefined) { box.appendChild(el("div", "\u201C" + t + "\u201D", "ctnet-sent")); shown++; }
      });
    });
    if (e[4].length > MAX_LIST) { box.appendChild(el("div", "\u2026 and " + (e[4].length - MAX_LIST) + " more releases", "ctnet-more")); }
    if (D.evidence_note) { box.appendChild(el("div", D.evidence_note, "ctnet-more")); }
    return box;
  }
  var tip = document.getElementById("ctnet-tip");
  var details = document.getElementById("ctnet-details");
  function showTip(box, pointer) {
    tip.replaceChildren(box);
    tip.hidden = false;
    var r = container.getBoundingClientRect();
    var x = r.left + (pointer ? pointer.x : 10) + 14, y = r.top + (pointer ? pointer.y : 10) + 14;
    tip.style.left = Math.min(x, window.innerWidth - 430) + "px";
    tip.style.top = Math.min(y, window.innerHeight - 200) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeInfo(p.node), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("hoverEdge", function (p) { showTip(edgeInfoBox(p.edge), p.pointer.DOM); });
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);

  // ---------------------------------------------------------------- highlight
  var highlighted = null;
  function restoreColors() {
    if (highlighted === null) { return; }
    nodes.update(P.nodes.map(function (row) { return { id: row.id, color: nodeColor(row.id, row) }; }));
    highlighted = null;
  }
  function highlight(id) {
    restoreColors();
    var keep = {}; keep[id] = true;
    (neighbours[id] || []).forEach(function (n) { keep[n] = true; });
    nodes.update(P.nodes.filter(function (row) { return !keep[row.id]; }).map(function (row) {
      return { id: row.id, color: { background: "#e6e6e6", border: "#cccccc" } };
    }));
    highlighted = id;
    network.selectNodes([id], true);
    details.replaceChildren(nodeInfo(id));
  }
  network.on("click", function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); }
    else if (p.edges.length) { restoreColors(); details.replaceChildren(edgeInfoBox(p.edges[0])); }
    else { restoreColors(); }
  });

  // ---------------------------------------------------------------- search and filters
  var fType = document.getElementById("ctnet-filter-type");
  var fCountry = document.getElementById("ctnet-filter-country");
  var fComm = document.getElementById("ctnet-filter-community");
  function options(sel, values, allLabel) {
    var cur = sel.value;
    sel.replaceChildren();
    var o = el("option", allLabel); o.value = ""; sel.appendChild(o);
    values.forEach(function (v) { var op = el("option", v); op.value = v; sel.appendChild(op); });
    sel.value = values.indexOf(cur) >= 0 ? cur : "";
  }
  function uniq(f) {
    var seen = {}, out = [];
    P.nodes.forEach(function (row) { var v = f(row); if (v !== "" && v !== null && v !== undefined && !seen[v]) { seen[v] = true; out.push(String(v)); } });
    return out.sort(function (a, b) { var x = Number(a), y = Number(b); return (isNaN(x) || isNaN(y)) ? (a < b ? -1 : a > b ? 1 : 0) : x - y; });
  }
  function fillFilters() {
    options(fType, uniq(function (r) { return actors[r.id].type; }), "all types");
    options(fCountry, uniq(function (r) { return actors[r.id].country; }), "all countries");
    options(fComm, uniq(function (r) { return r.community; }), "all communities");
    var dl = document.getElementById("ctnet-names");
    dl.replaceChildren();
    P.nodes.forEach(function (r) { var o = el("option"); o.value = actors[r.id].name; dl.appendChild(o); });
  }
  function visible(r) {
    var t = fType.value, c = fCountry.value, k = fComm.value, a = actors[r.id];
    return (!t || a.type === t) && (!c || a.country === c) && (!k || String(r.community) === k);
  }
  function applyFilters() {
    nodes.update(P.nodes.map(function (r) { return { id: r.id, hidden: !visible(r) }; }));
    status();
  }
  [fType, fCountry, fComm].forEach(function (s) { s.addEventListener("change", applyFilters); });
  function search(q) {
    q = String(q || "").trim().toLowerCase();
    if (!q) { return null; }
    var hit = null;
    for (var i = 0; i < P.nodes.length && hit === null; i++) {
      var id = P.nodes[i].id, a = actors[id];
      if (a.name.toLowerCase() === q || String(id).toLowerCase() === q) { hit = id; }
    }
    for (var j = 0; j < P.nodes.length && hit === null; j++) {
      if (actors[P.nodes[j].id].name.toLowerCase().indexOf(q) >= 0) { hit = P.nodes[j].id; }
    }
    if (hit !== null) {
      nodes.update({ id: hit, hidden: false });
      highlight(hit);
      network.focus(hit, { scale: 1.2, animation: false });
    }
    document.getElementById("ctnet-status").textContent = hit === null ? "no actor matches" : "";
    return hit;
  }
  var searchBox = document.getElementById("ctnet-search");
  document.getElementById("ctnet-search-btn").addEventListener("click", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(searchBox.value); } });
  document.getElementById("ctnet-reset").addEventListener("click", function () {
    fType.value = ""; fCountry.value = ""; fComm.value = ""; searchBox.value = "";
    restoreColors(); applyFilters(); network.unselectAll(); network.fit({ animation: false });
  });
  function status() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    document.getElementById("ctnet-status").textContent = shown + " of " + P.nodes.length + " actors, " + P.edges.length + " edges";
  }

  // ---------------------------------------------------------------- periods
  var pSel = document.getElementById("ctnet-period");
  if (D.periods.length > 1) {
    D.periods.forEach(function (p, i) { var o = el("option", p.label); o.value = String(i); pSel.appendChild(o); });
    pSel.addEventListener("change", function () { restoreColors(); load(Number(pSel.value)); });
  } else {
    document.getElementById("ctnet-period-label").hidden = true;
  }

  // ---------------------------------------------------------------- PNG
  var api = { network: network, nodes: nodes, edges: edges, search: search, highlight: highlight,
              nodeInfo: nodeInfo, edgeInfo: edgeInfoBox, load: load, lastPng: null };
  document.getElementById("ctnet-png").addEventListener("click", function () {
    var canvas = container.querySelector("canvas");
    var url = canvas.toDataURL("image/png");
    api.lastPng = url;
    var a = document.createElement("a");
    a.href = url; a.download = "network.png";
    document.body.appendChild(a); a.click(); a.remove();
  });

  // ---------------------------------------------------------------- legend
  function legend() {
    var L = document.getElementById("ctnet-legend");
    L.replaceChildren();
    L.appendChild(el("h2", "Shape: type family"));
    P.families.forEach(function (f) {
      var r = el("div", null, "ctnet-legend-row");
      r.appendChild(el("span", SYMBOL[f] || "\u25CF", "ctnet-shape"));
      r.appendChild(el("span", f));
      L.appendChild(r);
    });
    if (P.donors) {
      var dr = el("div", null, "ctnet-legend-row");
      var ds = el("span", null, "ctnet-swatch"); ds.style.border = "3px solid #000"; ds.style.background = "#fff";
      dr.appendChild(ds); dr.appendChild(el("span", "thick black border: donor"));
      L.appendChild(dr);
    }
    L.appendChild(el("h2", D.color_by === "type" ? "Colour: actor type" : "Colour: community"));
    P.legend.forEach(function (item) {
      var r = el("div", null, "ctnet-legend-row");
      var s = el("span", null, "ctnet-swatch"); s.style.background = item[1];
      r.appendChild(s); r.appendChild(el("span", item[0]));
      L.appendChild(r);
    });
    L.appendChild(el("h2", "Size"));
    L.appendChild(el("div", "node size: " + D.size_by + "; edge width: weight (" + D.weight + ")"));
  }

  document.getElementById("ctnet-title").textContent = D.title;
  load(0);
  network.fit({ animation: false });
  window.ctnet = api;
  window.network = network;
}());
