// The task graph as SVG: one column per dependency depth, an edge from each dependency.
"use strict";

window.HiveGraph = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const W = 200, H = 68, GAP_X = 72, GAP_Y = 18, PAD = 16;

  function el(tag, attrs = {}, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function clip(text, max = 28) {
    const flat = String(text ?? "").replace(/\s+/g, " ");
    return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
  }

  // Depth of a node = 1 + the deepest of its dependencies (plans are validated acyclic).
  function depths(nodes) {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const depth = new Map();
    const visit = (id) => {
      if (depth.has(id)) return depth.get(id);
      let d = 0;
      for (const dep of byId.get(id).depends_on || []) {
        if (byId.has(dep)) d = Math.max(d, visit(dep) + 1);
      }
      depth.set(id, d);
      return d;
    };
    nodes.forEach((n) => visit(n.id));
    return depth;
  }

  function layout(nodes) {
    const depth = depths(nodes);
    const rows = new Map();
    const at = new Map();
    for (const n of nodes) {
      const d = depth.get(n.id);
      const row = rows.get(d) || 0;
      rows.set(d, row + 1);
      at.set(n.id, { x: PAD + d * (W + GAP_X), y: PAD + row * (H + GAP_Y) });
    }
    const columns = Math.max(1, ...[...rows.keys()].map((d) => d + 1));
    const height = Math.max(1, ...rows.values());
    return {
      at,
      width: PAD * 2 + columns * W + (columns - 1) * GAP_X,
      height: PAD * 2 + height * H + (height - 1) * GAP_Y,
    };
  }

  function edgePath(from, to) {
    const x1 = from.x + W, y1 = from.y + H / 2, x2 = to.x - 4, y2 = to.y + H / 2;
    const mid = (x1 + x2) / 2;
    return `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
  }

  function arrowDefs() {
    const defs = el("defs");
    const marker = el("marker", {
      id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
      markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse",
    });
    marker.append(el("path", { d: "M0,0 L10,5 L0,10 z" }));
    defs.append(marker);
    return defs;
  }

  function nodeGroup(n, pos, onSelect) {
    const g = el("g", {
      class: "node", tabindex: "0", role: "button",
      "data-id": n.id, "data-status": n.status || "pending",
      "data-depends-on": (n.depends_on || []).join(" "),
      transform: `translate(${pos.x},${pos.y})`,
    });
    g.append(
      el("title", {}, ""),
      el("rect", { width: W, height: H, rx: 6 }),
      el("text", { x: 10, y: 18, class: "title" }, `${n.id} · ${clip(n.specialist, 20)}`),
      el("text", { x: 10, y: 37, class: "detail" }, clip(n.input)),
      el("text", { x: 10, y: 56, class: "state" }, n.status || "pending"),
    );
    g.addEventListener("click", () => onSelect(n.id));
    g.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onSelect(n.id);
      }
    });
    return g;
  }

  // Draw the whole graph for a new plan.
  function draw(svg, nodes, onSelect) {
    svg.replaceChildren(arrowDefs());
    const { at, width, height } = layout(nodes);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("aria-label", `Task graph: ${nodes.length} tasks`);
    const edges = el("g", { class: "edges" });
    for (const n of nodes) {
      for (const dep of n.depends_on || []) {
        if (!at.has(dep)) continue;
        edges.append(el("path", {
          class: "edge", d: edgePath(at.get(dep), at.get(n.id)),
          "data-from": dep, "data-to": n.id, "marker-end": "url(#arrow)",
        }));
      }
    }
    const group = el("g", { class: "nodes" });
    for (const n of nodes) group.append(nodeGroup(n, at.get(n.id), onSelect));
    svg.append(edges, group);
    nodes.forEach((n) => update(svg, n));
  }

  function describe(n) {
    if (n.status === "done") return clip(JSON.stringify(n.output?.value ?? ""), 30);
    if (n.status === "failed" || n.status === "skipped") return clip(n.error, 30);
    return clip(n.input);
  }

  // Redraw one node's state, and the edges leaving it.
  function update(svg, n) {
    const g = svg.querySelector(`.node[data-id="${CSS.escape(n.id)}"]`);
    if (!g) return;
    const status = n.status || "pending";
    const took = n.latency_ms == null ? "" : ` · ${n.latency_ms.toFixed(1)} ms`;
    g.setAttribute("data-status", status);
    g.querySelector(".state").textContent = status + took;
    g.querySelector(".detail").textContent = describe(n);
    g.setAttribute("aria-label", `${n.id}, ${n.specialist}, ${status}${took}`);
    g.querySelector("title").textContent =
      `${n.id} (${n.specialist}) ${status}${took}\ninput: ${n.input}` +
      (n.output ? `\noutput: ${JSON.stringify(n.output.value)}` : "") +
      (n.error ? `\nerror: ${n.error}` : "");
    for (const edge of svg.querySelectorAll(`.edge[data-from="${CSS.escape(n.id)}"]`)) {
      edge.classList.toggle("done", status === "done");
    }
  }

  function select(svg, id) {
    for (const g of svg.querySelectorAll(".node")) {
      g.classList.toggle("selected", g.dataset.id === id);
    }
  }

  return { draw, update, select };
})();
