// The cascade drawn with cytoscape + dagre: the root on top (or at the bottom for a lineage), one rank per level.
import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import { relationName } from "../labels.js";

cytoscape.use(dagre);

const shortLabel = (d) => d.code ?? (d.title ? (d.title.length > 28 ? d.title.slice(0, 28) + "…" : d.title) : d.key);

/**
 * Elements: an edge runs from the document nearer the root to the one further away, so dagre ranks by level;
 * the arrow is drawn at whichever end the relation points to (A IMPLEMENTS B: arrow at B).
 */
export function elements(c, colorOf) {
  const depth = new Map(c.nodes.map((n) => [n.document.key, n.depth]));
  const nodes = c.nodes.map((n) => ({ group: "nodes", data: { id: n.document.key, label: shortLabel(n.document), color: colorOf(n.document), depth: n.depth, root: n.depth === 0 ? 1 : 0, cited: n.document.ingested ? 0 : 1 } }));
  const edges = c.edges.filter((e) => depth.has(e.from) && depth.has(e.to)).map((e, i) => {
    const flip = depth.get(e.from) > depth.get(e.to);
    return { group: "edges", data: { id: `e${i}`, index: i, source: flip ? e.to : e.from, target: flip ? e.from : e.to, type: e.type, arrowAtSource: flip ? 1 : 0, label: relationName(e.type) } };
  });
  return [...nodes, ...edges];
}

export function drawCascade(container, c, { colorOf, large }) {
  return cytoscape({
    container,
    elements: elements(c, colorOf),
    // Large graphs: draw a cached bitmap while panning and zooming so the view stays responsive.
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    minZoom: 0.05,
    maxZoom: 3,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)",
        label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 4, color: "#222",
        "text-wrap": "wrap", "text-max-width": "110px",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
        width: 22, height: 22, "border-width": 1, "border-color": "#333" } },
      { selector: "node[cited = 1]", style: { "border-style": "dashed", "background-opacity": 0.55 } },
      { selector: "node[root = 1]", style: { width: 34, height: 34, "border-width": 4, "border-color": "#000", "font-weight": "bold", "font-size": 13 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#ffb000" } },
      { selector: "edge", style: { width: 1.5, "line-color": "#8a8a8a", "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "#8a8a8a", "arrow-scale": 0.9 } },
      { selector: "edge[arrowAtSource = 1]", style: { "target-arrow-shape": "none", "source-arrow-shape": "triangle", "source-arrow-color": "#8a8a8a" } },
      { selector: "edge[type = 'BASED_ON']", style: { "line-style": "dashed" } },
      { selector: "edge[type = 'ISSUES']", style: { "line-color": "#5b7db1", "target-arrow-color": "#5b7db1" } },
      { selector: "edge:selected", style: { width: 4, "line-color": "#ffb000", "target-arrow-color": "#ffb000", "source-arrow-color": "#ffb000", label: "data(label)", "font-size": 10 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
    layout: layoutOptions(c),
  });
}

/** Above this many documents on one level, dagre draws a line too long to read: the level wraps into rows instead. */
const WIDE_LEVEL = 14;

export function layoutOptions(c) {
  const perLevel = new Map();
  for (const n of c.nodes) perLevel.set(n.depth, (perLevel.get(n.depth) ?? 0) + 1);
  if (Math.max(...perLevel.values()) <= WIDE_LEVEL) {
    return { name: "dagre", rankDir: c.direction === "UP" ? "BT" : "TB", nodeSep: 45, rankSep: 80, edgeSep: 10, animate: false, fit: true, padding: 20 };
  }
  return { name: "preset", positions: levelRows(c, WIDE_LEVEL), animate: false, fit: true, padding: 20 };
}

/** Each level in rows of at most `columns` documents, centred, levels one under the other (above for a lineage). */
function levelRows(c, columns) {
  const dx = 120, dy = 70, gap = 60;
  const positions = {};
  const levels = [...new Set(c.nodes.map((n) => n.depth))].sort((a, b) => a - b);
  let y = 0;
  for (const level of levels) {
    const docs = c.nodes.filter((n) => n.depth === level);
    docs.forEach((n, i) => {
      const row = Math.floor(i / columns), inRow = Math.min(columns, docs.length - row * columns);
      positions[n.document.key] = { x: ((i % columns) - (inRow - 1) / 2) * dx, y: (c.direction === "UP" ? -1 : 1) * (y + row * dy) };
    });
    y += Math.ceil(docs.length / columns) * dy + gap;
  }
  return positions;
}

export function restyle(cy, c, colorOf) {
  const byKey = new Map(c.nodes.map((n) => [n.document.key, n.document]));
  cy.batch(() => cy.nodes().forEach((n) => n.data("color", colorOf(byKey.get(n.id())))));
}
