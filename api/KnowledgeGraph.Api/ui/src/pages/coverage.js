// Độ bao phủ (coverage) of a central document over the 34 provinces: a map-like grid and a table, each "có" with
// its evidence (the implementing documents and the sentence that ties each into the cascade).
import { h, link, render } from "../dom.js";
import { cascade } from "../api.js";
import { docLabel, relationName, dateVi } from "../labels.js";
import { evidenceDetails } from "../evidence.js";
import { coverageOf } from "../analysis/coverage.js";
import { choicesBox } from "./messages.js";
import { analysisNav } from "./analysisNav.js";

export async function coveragePage(main, { arg, isCurrent }) {
  const found = await cascade(arg, { direction: "DOWN", depth: 5 });
  if (!isCurrent()) return;
  if (found.choices) { render(main, choicesBox(arg, found.choices, (k) => `/coverage/${encodeURIComponent(k)}`)); return; }
  const c = found.cascade;
  const { rows, unplaced } = coverageOf(c);
  const covered = rows.filter((r) => r.documents.length > 0);
  document.title = `Độ bao phủ ${c.root.code ?? c.root.key} — Đồ thị văn bản`;
  const detail = h("section", { class: "coverage-detail", "aria-live": "polite", tabindex: "-1", "aria-label": "Chi tiết tỉnh đã chọn" },
    h("p", {}, "Chọn một tỉnh trên lưới hoặc trong bảng để xem bằng chứng."));
  const show = (row) => {
    detail.replaceChildren(...provinceDetail(row, c));
    detail.focus();
  };
  const maxRow = Math.max(...rows.map((r) => r.province.row));
  render(main,
    h("header", {}, h("h1", {}, "Độ bao phủ của ", link(`/doc/${encodeURIComponent(c.root.key)}`, docLabel(c.root, 70))),
      analysisNav(c.root.key, "coverage"),
      h("p", { class: "count", role: "status" }, `${covered.length}/34 tỉnh, thành phố đã ban hành văn bản thực hiện (trong các văn bản đã nạp).`)),
    h("div", { class: "coverage-layout" },
      h("div", { class: "province-grid", role: "group", "aria-label": "Lưới 34 tỉnh, thành phố theo vị trí địa lý", style: `grid-template-rows: repeat(${maxRow}, auto)` },
        rows.map((r) => h("button", {
          type: "button", class: `tile ${r.documents.length ? "yes" : "no"}`, style: `grid-row: ${r.province.row}; grid-column: ${r.province.col}`,
          "aria-label": `${r.province.name}: ${r.documents.length ? `có, ${r.documents.length} văn bản` : "chưa có"}`,
          dataset: { province: r.province.name }, onclick: () => show(r),
        }, h("span", { class: "name" }, r.province.name), h("span", { class: "mark", "aria-hidden": "true" }, r.documents.length ? `✓ ${r.documents.length}` : "—")))),
      detail),
    h("table", { class: "coverage-table" },
      h("caption", {}, "Các tỉnh, thành phố và văn bản thực hiện"),
      h("thead", {}, h("tr", {}, ["Tỉnh, thành phố", "Đã ban hành?", "Văn bản", "Đơn vị được giao"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows.map((r) => h("tr", { class: r.documents.length ? "yes" : "no", dataset: { province: r.province.name } },
        h("th", { scope: "row" }, r.province.name, r.province.formerly.length ? h("span", { class: "meta" }, ` (gồm cả ${r.province.formerly.join(", ")})`) : ""),
        h("td", {}, r.documents.length ? h("button", { type: "button", class: "linklike", onclick: () => show(r) }, "Có") : "Chưa"),
        h("td", {}, r.documents.map((x) => h("div", {}, link(`/doc/${encodeURIComponent(x.document.key)}`, docLabel(x.document, 50))))),
        h("td", {}, r.units.join("; ")))))),
    unplaced.length ? h("section", {}, h("h2", {}, "Văn bản có tỉnh không nhận ra"),
      h("ul", {}, unplaced.map((d) => h("li", {}, link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 60)), ` (${d.province})`)))) : null);
}

function provinceDetail(row, c) {
  const labelOf = (k) => { const d = c.nodes.find((n) => n.document.key === k)?.document; return d ? docLabel(d, 50) : null; };
  if (row.documents.length === 0)
    return [h("h2", {}, row.province.name), h("p", {}, "Chưa có văn bản nào của tỉnh này trong chuỗi triển khai (trong các văn bản đã nạp).")];
  return [h("h2", {}, row.province.name, `: có ${row.documents.length} văn bản`),
    h("ul", { class: "evidence-list" }, row.documents.map(({ document: d, relation, depth }) => h("li", {},
      link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 80)),
      h("span", { class: "meta" }, ` · ${dateVi(d.date) ?? "không rõ ngày"} · cấp ${depth}`, d.province !== row.province.name ? ` · viết là “${d.province}”` : ""),
      relation ? h("p", {}, `${labelOf(relation.from) ?? relation.from} ${relationName(relation.type)} ${labelOf(relation.to) ?? relation.to}`) : null,
      relation ? evidenceDetails(relation.evidence, "Bằng chứng", labelOf) : null))),
    row.units.length ? h("p", {}, "Đơn vị được giao: ", row.units.join("; ")) : null];
}
