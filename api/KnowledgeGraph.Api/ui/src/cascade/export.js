// Xuất (export) of the cascade as drawn: PNG of the graph, CSV of documents and relations, JSON of everything.
import { download } from "../dom.js";

const csvCell = (v) => {
  const s = v == null ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** One table: a row per document, then a row per relation (with its evidence sentence). */
export function cascadeCsv(c) {
  const header = ["kind", "key", "code", "type", "title", "issuer", "province", "date", "depth", "from", "to", "relation", "evidence_source", "evidence_sentence"];
  const rows = [header];
  for (const n of c.nodes) {
    const d = n.document;
    rows.push(["document", d.key, d.code, d.type, d.title, d.issuer, d.province, d.date, n.depth, "", "", "", "", ""]);
  }
  for (const e of c.edges) rows.push(["relation", "", "", "", "", "", "", "", "", e.from, e.to, e.type, e.evidence?.source, e.evidence?.sentence]);
  // A BOM so that spreadsheet programs read the Vietnamese letters as UTF-8.
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const fileBase = (c) => `cascade-${(c.root.code ?? c.root.key).replace(/[^\p{L}\p{N}-]+/gu, "_")}`;

export function exportCsv(c) { download(`${fileBase(c)}.csv`, new Blob([cascadeCsv(c)], { type: "text/csv;charset=utf-8" })); }
export function exportJson(c) { download(`${fileBase(c)}.json`, new Blob([JSON.stringify(c, null, 2)], { type: "application/json" })); }
export function exportPng(c, cy) { download(`${fileBase(c)}.png`, cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" })); }
