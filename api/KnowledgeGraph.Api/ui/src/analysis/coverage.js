// Độ bao phủ (coverage) of a central document: for each of the 34 provinces, the documents of that province in its
// cascade (the "yes" and its evidence: the relation and the sentence that states it) and the units they assign.
import { PROVINCES, provinceOf } from "./provinces.js";

/** { rows: [{ province, documents: [{ document, relation }], units: [name] }], unplaced: [document] } */
export function coverageOf(c) {
  const rows = new Map(PROVINCES.map((p) => [p.name, { province: p, documents: [], units: new Set() }]));
  const unplaced = [];
  const relationOf = (key) => c.edges.find((e) => e.from === key && e.evidence) ?? c.edges.find((e) => e.from === key) ?? null;
  const tasksOf = new Map();
  for (const t of c.tasks) (tasksOf.get(t.document) ?? tasksOf.set(t.document, []).get(t.document)).push(t);
  for (const n of c.nodes) {
    const d = n.document;
    if (d.key === c.root.key || !d.province) continue;
    const p = provinceOf(d.province);
    if (!p) { unplaced.push(d); continue; }
    const row = rows.get(p.name);
    row.documents.push({ document: d, relation: relationOf(d.key), depth: n.depth });
    for (const t of tasksOf.get(d.key) ?? []) for (const u of [...(t.lead ?? []), ...(t.support ?? [])]) if (u.name) row.units.add(u.name);
  }
  return {
    rows: [...rows.values()].map((r) => ({ ...r, units: [...r.units].sort((a, b) => a.localeCompare(b, "vi")),
      documents: r.documents.sort((a, b) => (a.document.date ?? "").localeCompare(b.document.date ?? "")) })),
    unplaced,
  };
}
