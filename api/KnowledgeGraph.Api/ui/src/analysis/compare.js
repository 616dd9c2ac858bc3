// So sánh (side by side): the tasks each province set in its implementation of one document, aligned by lĩnh vực
// (task domain); a row per domain, a column per province.
import { provinceOf } from "./provinces.js";

export const NO_DOMAIN = "";

/** { columns: [{ province, documents }], rows: [{ domain, cells: [[task]] }] } for the provinces asked, in order. */
export function compareProvinces(c, provinces) {
  const docs = new Map(c.nodes.map((n) => [n.document.key, n.document]));
  const columns = provinces.map((p) => ({ province: p, documents: c.nodes.map((n) => n.document)
    .filter((d) => d.key !== c.root.key && d.province && provinceOf(d.province)?.name === p.name) }));
  const domains = new Map();
  columns.forEach((col, i) => {
    const keys = new Set(col.documents.map((d) => d.key));
    for (const t of c.tasks) {
      if (!keys.has(t.document)) continue;
      const domain = t.domain ?? NO_DOMAIN;
      if (!domains.has(domain)) domains.set(domain, columns.map(() => []));
      domains.get(domain)[i].push({ ...t, documentRecord: docs.get(t.document) });
    }
  });
  const rows = [...domains.entries()].map(([domain, cells]) => ({ domain, cells }))
    .sort((a, b) => (a.domain === NO_DOMAIN) - (b.domain === NO_DOMAIN) || a.domain.localeCompare(b.domain));
  return { columns, rows };
}
