// Colours for the cascade graph: one per document type or province, most frequent values first.
import { typeName } from "../labels.js";

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39"];
export const OTHER_COLOR = "#9e9e9e";

/** { colorOf(doc) → hex, legend: [{ label, color, count }] } for "type" or "province". */
export function colorScheme(documents, by) {
  const valueOf = by === "province" ? (d) => d.province ?? "Trung ương" : (d) => typeName(d.type);
  const counts = new Map();
  for (const d of documents) counts.set(valueOf(d), (counts.get(valueOf(d)) ?? 0) + 1);
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "vi"));
  const colors = new Map(ordered.slice(0, PALETTE.length).map(([v], i) => [v, PALETTE[i]]));
  const legend = ordered.slice(0, PALETTE.length).map(([label, count]) => ({ label, color: colors.get(label), count }));
  const rest = ordered.slice(PALETTE.length).reduce((n, [, c]) => n + c, 0);
  if (rest > 0) legend.push({ label: "Khác", color: OTHER_COLOR, count: rest });
  return { colorOf: (d) => colors.get(valueOf(d)) ?? OTHER_COLOR, legend };
}
