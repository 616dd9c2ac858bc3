// Độ bao phủ (coverage) of a central document over the 34 provinces (the server's `coverage`): a map-like grid and
// a table, each "có" with its evidence (the implementing documents and the sentence that ties each into the cascade).
import { h, link, render } from "../dom.js";
import { coverage, resolveDocument } from "../api.js";
import { docLabel, relationName, dateVi } from "../labels.js";
import { evidenceDetails } from "../evidence.js";
import { provinceOf } from "../analysis/provinces.js";
import { choicesBox } from "./messages.js";
import { analysisNav } from "./analysisNav.js";

export async function coveragePage(main, { arg, isCurrent }) {
  const found = await resolveDocument(arg);
  if (!isCurrent()) return;
  if (found.choices) { render(main, choicesBox(arg, found.choices, (k) => `/coverage/${encodeURIComponent(k)}`)); return; }
  const cov = await coverage(found.document.key);
  if (!isCurrent()) return;
  const root = cov.root;
  // Grid places by name; a name the grid does not know is still in the table and listed under the grid.
  const rows = cov.provinces.map((p) => ({ ...p, place: provinceOf(p.province) }));
  document.title = `Độ bao phủ ${root.code ?? root.key} — Đồ thị văn bản`;
  const detail = h("section", { class: "coverage-detail", "aria-live": "polite", tabindex: "-1", "aria-label": "Chi tiết tỉnh đã chọn" },
    h("p", {}, "Chọn một tỉnh trên lưới hoặc trong bảng để xem bằng chứng."));
  const show = (row) => { detail.replaceChildren(...provinceDetail(row)); detail.focus(); };
  const placed = rows.filter((r) => r.place);
  const maxRow = Math.max(1, ...placed.map((r) => r.place.row));
  const tile = (r, style) => h("button", {
    type: "button", class: `tile ${r.covered ? "yes" : "no"}`, style,
    "aria-label": `${r.province}: ${r.covered ? `có, ${r.evidence.length} văn bản` : "chưa có"}`,
    dataset: { province: r.province }, onclick: () => show(r),
  }, h("span", { class: "name" }, r.province), h("span", { class: "mark", "aria-hidden": "true" }, r.covered ? `✓ ${r.evidence.length}` : "—"));
  render(main,
    h("header", {}, h("h1", {}, "Độ bao phủ của ", link(`/doc/${encodeURIComponent(root.key)}`, docLabel(root, 70))),
      analysisNav(root.key, "coverage"),
      h("p", { class: "count", role: "status" }, `${cov.coveredCount}/${rows.length} tỉnh, thành phố đã ban hành văn bản thực hiện (trong các văn bản đã nạp).`)),
    h("div", { class: "coverage-layout" },
      h("div", {},
        h("div", { class: "province-grid", role: "group", "aria-label": `Lưới ${rows.length} tỉnh, thành phố theo vị trí địa lý`, style: `grid-template-rows: repeat(${maxRow}, auto)` },
          placed.map((r) => tile(r, `grid-row: ${r.place.row}; grid-column: ${r.place.col}`))),
        rows.some((r) => !r.place) ? h("div", { class: "province-grid unplaced", role: "group", "aria-label": "Tỉnh chưa có vị trí trên lưới" }, rows.filter((r) => !r.place).map((r) => tile(r, ""))) : null),
      detail),
    h("table", { class: "coverage-table" },
      h("caption", {}, "Các tỉnh, thành phố và văn bản thực hiện"),
      h("thead", {}, h("tr", {}, ["Tỉnh, thành phố", "Đã ban hành?", "Văn bản", "Đơn vị được giao"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows.map((r) => h("tr", { class: r.covered ? "yes" : "no", dataset: { province: r.province } },
        h("th", { scope: "row" }, r.province, r.formerProvinces.length ? h("span", { class: "meta" }, ` (gồm cả ${r.formerProvinces.join(", ")})`) : ""),
        h("td", {}, r.covered ? h("button", { type: "button", class: "linklike", onclick: () => show(r) }, "Có") : "Chưa"),
        h("td", {}, r.evidence.map((x) => h("div", {}, link(`/doc/${encodeURIComponent(x.document.key)}`, docLabel(x.document, 50))))),
        h("td", {}, r.units.map((u) => u.name).join("; ")))))));

  function provinceDetail(row) {
    const docs = new Map(rows.flatMap((r) => r.evidence.map((x) => [x.document.key, x.document])));
    docs.set(root.key, root);
    const labelOf = (k) => { const d = docs.get(k); return d ? docLabel(d, 50) : null; };
    if (!row.covered)
      return [h("h2", {}, row.province), h("p", {}, "Chưa có văn bản nào của tỉnh này trong chuỗi triển khai (trong các văn bản đã nạp).")];
    return [h("h2", {}, row.province, `: có ${row.evidence.length} văn bản`),
      h("ul", { class: "evidence-list" }, row.evidence.map((x) => h("li", {},
        link(`/doc/${encodeURIComponent(x.document.key)}`, docLabel(x.document, 80)),
        h("span", { class: "meta" }, ` · ${dateVi(x.document.date) ?? "không rõ ngày"} · cấp ${x.depth}`,
          x.document.province && x.document.province !== row.province ? ` · viết là “${x.document.province}”` : ""),
        x.relation && x.parentKey ? h("p", {}, `${docLabel(x.document, 50)} ${relationName(x.relation)} ${labelOf(x.parentKey) ?? x.parentKey}`) : null,
        evidenceDetails(x.sentence ? { source: x.evidenceSource ?? x.document.key, sentence: x.sentence } : null, "Bằng chứng", labelOf)))),
      assigneeList(row.assignees ?? [])];
  }

  /** Within the province: each unit its documents assign, and whether it issued a document of its own (the server's `assignees`). */
  function assigneeList(assignees) {
    if (assignees.length === 0) return null;
    const done = assignees.filter((a) => a.covered).length;
    return h("section", { class: "assignees", "aria-labelledby": "assignees-h" },
      h("h3", { id: "assignees-h" }, `Đơn vị được giao: ${done}/${assignees.filter((a) => !a.group).length} đơn vị đã ban hành văn bản thực hiện`),
      h("ul", {}, assignees.map((a) => h("li", { class: `assignee ${a.group ? "group" : a.covered ? "yes" : "no"}`, dataset: { unit: a.unit.key } },
        a.unit.name, " — ",
        a.group ? h("span", { class: "meta" }, "nhóm đơn vị (không tự ban hành văn bản)")
          : a.covered ? ["đã ban hành: ", a.documents.map((d, i) => [i ? "; " : "", link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 50))])]
          : h("span", { class: "meta" }, "chưa có văn bản thực hiện riêng")))));
  }
}
