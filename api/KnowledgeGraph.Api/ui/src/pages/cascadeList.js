// Chuỗi triển khai của hàng nghìn văn bản (a cascade too large to draw): its counts per level, province and type
// first, then the documents a page at a time, filtered by level, province or type. The graph stays one click away
// (?view=graph) for those who want it anyway.
import { h, link, render } from "../dom.js";
import { cascadeDocuments } from "../api.js";
import { docLabel, typeName } from "../labels.js";
import { analysisNav } from "./analysisNav.js";

const PAGE = 50;

/**
 * Renders the list view of a cascade whose counts are known.
 * walk: { direction, depth, relationTypes, asOf }; filters come from and go back to the URL (level, province, type).
 */
export function cascadeListPage(main, { root, counts, walk, params, forced, isCurrent }) {
  const filters = {
    level: params.get("level") === null ? null : Number.parseInt(params.get("level"), 10),
    province: params.get("province") || null,
    type: params.get("type") || null,
  };
  if (Number.isNaN(filters.level)) filters.level = null;
  const up = walk.direction === "UP";
  document.title = `${up ? "Nguồn gốc" : "Chuỗi triển khai"} ${root.code ?? root.key} — Đồ thị văn bản`;

  const status = h("p", { class: "count", role: "status" });
  const rows = h("tbody");
  const more = h("button", { type: "button", id: "c-more", hidden: true }, `Xem thêm ${PAGE} văn bản`);
  const table = h("table", { class: "tasks-table cascade-list", "aria-describedby": "c-list-status" },
    h("caption", {}, "Văn bản theo cấp (cấp, rồi khóa)"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Cấp"), h("th", { scope: "col" }, "Văn bản"), h("th", { scope: "col" }, "Loại"),
      h("th", { scope: "col" }, "Tỉnh, thành phố"), h("th", { scope: "col" }, "Ngày"))),
    rows);
  status.id = "c-list-status";

  const withFilter = (changes) => {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(changes)) (v === "" || v == null ? p.delete(k) : p.set(k, String(v)));
    return `${location.pathname}${p.size ? `?${p}` : ""}`;
  };
  const graphHref = withFilter({ view: "graph", level: "", province: "", type: "" });
  const active = (name, value) => filters[name] !== null && String(filters[name]) === String(value);
  const countLink = (name, value, label, n) => active(name, value)
    ? h("span", { "aria-current": "true", class: "chosen" }, `${label}: ${n.toLocaleString("vi-VN")}`)
    : link(withFilter({ [name]: value }), `${label}: ${n.toLocaleString("vi-VN")}`);

  render(main,
    h("header", { class: "cascade-head" },
      h("h1", {}, up ? "Nguồn gốc của " : "Chuỗi triển khai của ", link(`/doc/${encodeURIComponent(root.key)}`, docLabel(root, 70))),
      analysisNav(root.key, "cascade"),
      h("p", { class: "message info", id: "c-list-note" },
        `${counts.documents.toLocaleString("vi-VN")} văn bản (${counts.ingested.toLocaleString("vi-VN")} có toàn văn), ${counts.edges.toLocaleString("vi-VN")} quan hệ trong ${walk.depth} cấp. `,
        forced ? "Đang xem dạng danh sách. " : "Quá nhiều để vẽ thành đồ thị: dưới đây là số văn bản theo cấp, tỉnh và loại, và danh sách từng trang. ",
        link(graphHref, "Vẽ đồ thị (có thể chậm)"))),
    h("section", { class: "cascade-counts", "aria-label": "Số văn bản" },
      h("div", {}, h("h2", {}, "Theo cấp"), h("ul", { id: "c-by-depth" },
        counts.byDepth.map((d) => h("li", { "data-depth": d.depth }, countLink("level", d.depth, d.depth === 0 ? "Văn bản gốc" : `Cấp ${d.depth}`, d.documents))))),
      h("div", {}, h("h2", {}, "Theo tỉnh, thành phố"), h("ul", { id: "c-by-province" },
        counts.byProvince.map((p) => h("li", { "data-province": p.value },
          p.value ? countLink("province", p.value, p.value, Number(p.count)) : `Trung ương: ${Number(p.count).toLocaleString("vi-VN")}`)))),
      h("div", {}, h("h2", {}, "Theo loại văn bản"), h("ul", { id: "c-by-type" },
        counts.byType.map((t) => h("li", { "data-type": t.value },
          t.value ? countLink("type", t.value, typeName(t.value), Number(t.count)) : `Chưa rõ loại: ${Number(t.count).toLocaleString("vi-VN")}`))))),
    h("section", { class: "cascade-documents", "aria-labelledby": "c-docs-h" },
      h("h2", { id: "c-docs-h" }, "Danh sách văn bản"),
      filters.level !== null || filters.province || filters.type
        ? h("p", { class: "filters" }, "Lọc: ",
          [filters.level !== null ? `cấp ${filters.level}` : null, filters.province, filters.type ? typeName(filters.type) : null].filter(Boolean).join(" · "),
          " · ", link(withFilter({ level: "", province: "", type: "" }), "Bỏ lọc"))
        : null,
      status, table, more));

  let after = null;
  let shown = 0;
  more.addEventListener("click", () => loadPage());
  loadPage();

  async function loadPage() {
    more.disabled = true;
    const page = await cascadeDocuments(root.key, walk, { first: PAGE, after, ...filters });
    if (!isCurrent()) return;
    for (const n of page.items) {
      const d = n.document;
      rows.append(h("tr", { "data-key": d.key },
        h("td", {}, String(n.depth)),
        h("td", {}, link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 90)), d.ingested ? null : h("span", { class: "meta" }, " (chỉ được trích dẫn)")),
        h("td", {}, typeName(d.type)),
        h("td", {}, d.province ?? "Trung ương"),
        h("td", {}, d.date ?? "")));
    }
    shown += page.items.length;
    after = page.endCursor;
    status.textContent = `Đang hiện ${shown.toLocaleString("vi-VN")}/${page.totalCount.toLocaleString("vi-VN")} văn bản`;
    status.dataset.shown = String(shown);
    status.dataset.total = String(page.totalCount);
    more.hidden = !page.hasNextPage;
    more.disabled = false;
  }
}
