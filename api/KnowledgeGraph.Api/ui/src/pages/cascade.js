// Chuỗi triển khai (cascade down) / nguồn gốc (lineage up) of a document: the graph, its controls, a legend,
// an outline by level (the keyboard and screen-reader view of the same graph) and a side panel with units and tasks.
import { h, link, render } from "../dom.js";
import { cascade, cascadeCounts } from "../api.js";
import { cascadeListPage } from "./cascadeList.js";
import { allRelationTypes, defaultCascadeTypes, docLabel, inverseRelationName, relationName, typeName } from "../labels.js";
import { evidenceDetails } from "../evidence.js";
import { unitGroups } from "../tasks.js";
import { colorScheme } from "../cascade/colors.js";
import { drawCascade, layoutOptions, restyle } from "../cascade/graph.js";
import { exportCsv, exportJson, exportPng } from "../cascade/export.js";
import { choicesBox } from "./messages.js";
import { parseIsoDate } from "../analysis/dates.js";
import { analysisNav, dateForm, withParams } from "./analysisNav.js";
import { dateVi } from "../labels.js";

const LARGE = 150;
/** Above this many documents the page shows counts and a paged list instead of drawing (?view=graph draws anyway). */
const LIST_ABOVE = 1500;

export async function cascadePage(main, { arg, params, isCurrent }) {
  const direction = params.get("dir") === "up" ? "UP" : "DOWN";
  const depth = clamp(Number.parseInt(params.get("depth") ?? "5", 10) || 5, 1, 10);
  const types = (params.get("rel") ?? defaultCascadeTypes.join(",")).split(",").filter((t) => allRelationTypes.includes(t));
  // Tại ngày (as of a date): the server's cascade as it stood then (documents issued up to that date, and what is
  // reached through them); a date that is not one is named and the whole cascade shown.
  const askedAsOf = params.get("asOf");
  const asOf = askedAsOf ? parseIsoDate(askedAsOf, "Tại ngày") : { date: null };
  const started = performance.now();
  const walk = { direction, depth, relationTypes: types.length ? types : defaultCascadeTypes, asOf: asOf.date };
  const choose = (choices) => render(main, choicesBox(arg, choices, (k) => `/cascade/${encodeURIComponent(k)}${location.search}`));
  // The size first (counts only, no documents or tasks): a cascade of thousands is listed a page at a time, not drawn.
  const viewMode = params.get("view");
  let key = arg;
  if (viewMode !== "graph") {
    const sized = await cascadeCounts(arg, walk);
    if (!isCurrent()) return;
    if (sized.choices) { choose(sized.choices); return; }
    if (viewMode === "list" || sized.counts.documents > LIST_ABOVE) {
      cascadeListPage(main, { root: sized.root, counts: sized.counts, walk, params, forced: viewMode === "list", isCurrent });
      return;
    }
    key = sized.root.key;
  }
  const found = await cascade(key, walk);
  if (!isCurrent()) return;
  if (found.choices) { choose(found.choices); return; }
  const c = { ...found.cascade, direction };
  const fetched = performance.now();
  const view = {
    colorBy: params.get("color") === "province" ? "province" : "type",
    province: params.get("province") ?? "",
    shownDepth: clamp(Number.parseInt(params.get("show") ?? String(depth), 10), 0, depth),
  };
  document.title = `${direction === "UP" ? "Nguồn gốc" : "Chuỗi triển khai"} ${c.root.code ?? c.root.key} — Đồ thị văn bản`;

  const docs = c.nodes.map((n) => n.document);
  const levels = [...new Set(c.nodes.map((n) => n.depth))].sort((a, b) => a - b);
  const provinces = [...new Set(docs.map((d) => d.province).filter(Boolean))].sort((a, b) => a.localeCompare(b, "vi"));
  const graphBox = h("div", { id: "cy", class: "cy", role: "img", tabindex: "0",
    "aria-label": `Đồ thị ${c.nodes.length} văn bản và ${c.edges.length} quan hệ; danh sách theo cấp ở bên dưới cho bàn phím và trình đọc màn hình.` });
  const legendBox = h("div", { class: "legend", "aria-label": "Chú giải màu" });
  const panel = h("aside", { class: "side-panel", "aria-label": "Chi tiết", tabindex: "-1" });
  const status = h("p", { class: "count", role: "status" });
  const updateUrl = (changes) => {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(changes)) (v === "" || v == null ? p.delete(k) : p.set(k, v));
    return `${location.pathname}${p.size ? `?${p}` : ""}`;
  };
  const refetch = (changes) => window.kgNavigate(updateUrl(changes));
  const remember = (changes) => history.replaceState(null, "", updateUrl(changes));

  render(main,
    h("header", { class: "cascade-head" },
      h("h1", {}, direction === "UP" ? "Nguồn gốc của " : "Chuỗi triển khai của ", link(`/doc/${encodeURIComponent(c.root.key)}`, docLabel(c.root, 70)),
        asOf.date && direction === "DOWN" ? ` tại ngày ${dateVi(asOf.date)}` : ""),
      analysisNav(c.root.key, "cascade"),
      status,
      h("p", { class: "hint" }, link(`${location.pathname}?${new URLSearchParams({ ...Object.fromEntries(params), view: "list" })}`, "Xem dạng danh sách theo trang")),
      dateForm({ id: "c-asof", label: "Tại ngày (năm-tháng-ngày; để trống: mọi văn bản)", value: askedAsOf ?? "", error: asOf.error,
        onApply: (v) => window.kgNavigate(withParams({ asOf: v, show: "" })) }),
      asOf.date && direction === "DOWN" ? h("p", { class: "asof-note", role: "status" },
        `Chỉ gồm văn bản ban hành đến ngày ${dateVi(asOf.date)} và các văn bản nối với văn bản gốc qua chúng: ${c.nodes.length} văn bản. Văn bản không rõ ngày ban hành không được tính.`) : null),
    controls(),
    h("div", { class: "cascade-layout" },
      h("section", { class: "graph-area", "aria-label": "Đồ thị" }, graphBox, legendBox),
      panel),
    outline());

  if (c.nodes.length <= 1) {
    graphBox.replaceWith(h("p", { class: "message info", role: "status" },
      direction === "UP" ? "Văn bản này không thực hiện văn bản nào trong kho (với các loại quan hệ đã chọn)." : "Chưa có văn bản nào trong kho thực hiện văn bản này (với các loại quan hệ đã chọn)."));
  }

  let scheme = colorScheme(docs, view.colorBy);
  const cy = c.nodes.length > 1 ? drawCascade(graphBox, c, { colorOf: scheme.colorOf, large: c.nodes.length > LARGE }) : null;
  if (cy) {
    // Time to first draw: from the start of navigation (a direct load) and from the request, kept for the browser test.
    cy.one("render", () => requestAnimationFrame(() => {
      const now = performance.now();
      graphBox.dataset.firstDrawMs = String(Math.round(now));
      graphBox.dataset.drawMs = String(Math.round(now - fetched));
      graphBox.dataset.requestMs = String(Math.round(fetched - started));
      graphBox.dataset.nodes = String(cy.nodes().length);
      graphBox.dataset.ready = "true";
    }));
    cy.on("tap", "node", (e) => showDocument(e.target.id()));
    cy.on("tap", "edge", (e) => showEdge(e.target.data("index")));
    cy.on("tap", (e) => { if (e.target === cy) showOverview(); });
  }
  applyFilters();
  drawLegend();
  showOverview();

  function controls() {
    const dir = h("select", { id: "c-dir", onchange: (e) => refetch({ dir: e.target.value === "UP" ? "up" : "" }) },
      h("option", { value: "DOWN", selected: direction === "DOWN" }, "Xuống: văn bản thực hiện"),
      h("option", { value: "UP", selected: direction === "UP" }, "Lên: nguồn gốc"));
    const dep = h("select", { id: "c-depth", onchange: (e) => refetch({ depth: e.target.value, show: "" }) },
      Array.from({ length: 10 }, (_, i) => i + 1).map((n) => h("option", { value: n, selected: n === depth }, n)));
    const color = h("select", { id: "c-color", onchange: (e) => { view.colorBy = e.target.value; remember({ color: view.colorBy === "type" ? "" : "province" }); recolor(); } },
      h("option", { value: "type", selected: view.colorBy === "type" }, "Loại văn bản"),
      h("option", { value: "province", selected: view.colorBy === "province" }, "Tỉnh, thành phố"));
    const prov = h("select", { id: "c-province", onchange: (e) => { view.province = e.target.value; remember({ province: view.province }); applyFilters(); } },
      h("option", { value: "" }, "Tất cả"), provinces.map((p) => h("option", { value: p, selected: p === view.province }, p)));
    const rel = h("fieldset", { class: "rel-types" }, h("legend", {}, "Loại quan hệ"),
      allRelationTypes.map((t) => h("label", {}, h("input", { type: "checkbox", value: t, checked: types.includes(t),
        onchange: () => {
          const chosen = [...rel.querySelectorAll("input:checked")].map((i) => i.value);
          refetch({ rel: chosen.length && chosen.join(",") !== defaultCascadeTypes.join(",") ? chosen.join(",") : "" });
        } }), ` ${relationName(t)}`)));
    const lv = h("fieldset", { class: "levels" }, h("legend", {}, "Cấp hiển thị (thu gọn / mở rộng)"),
      levels.filter((l) => l > 0).map((l) => h("label", {}, h("input", { type: "checkbox", class: "level-toggle", value: l, checked: l <= view.shownDepth,
        onchange: (e) => {
          // Unchecking a level hides it and those below; checking it again brings back what that hid.
          if (e.target.checked) { view.shownDepth = Math.max(l, view.restoreDepth ?? l); view.restoreDepth = null; }
          else { view.restoreDepth = Math.max(view.restoreDepth ?? 0, view.shownDepth); view.shownDepth = l - 1; }
          remember({ show: view.shownDepth === depth ? "" : view.shownDepth }); syncLevels(); applyFilters(); } }),
        ` Cấp ${l} (${c.nodes.filter((n) => n.depth === l).length})`)));
    function syncLevels() { for (const i of lv.querySelectorAll("input")) i.checked = Number(i.value) <= view.shownDepth; }
    return h("form", { class: "cascade-controls", "aria-label": "Tùy chọn đồ thị", onsubmit: (e) => e.preventDefault() },
      h("label", { for: "c-dir" }, "Hướng"), dir,
      h("label", { for: "c-depth" }, "Số cấp"), dep,
      h("label", { for: "c-color" }, "Tô màu theo"), color,
      h("label", { for: "c-province" }, "Tỉnh (văn bản trung ương luôn hiện)"), prov,
      rel, lv,
      h("div", { class: "exports", role: "group", "aria-label": "Xuất" },
        h("button", { type: "button", onclick: () => cy && exportPng(c, cy), disabled: c.nodes.length <= 1 }, "Xuất PNG"),
        h("button", { type: "button", onclick: () => exportCsv(visibleCascade()) }, "Xuất CSV"),
        h("button", { type: "button", onclick: () => exportJson(visibleCascade()) }, "Xuất JSON"),
        h("button", { type: "button", onclick: () => cy?.layout(layoutOptions(c)).run(), disabled: c.nodes.length <= 1 }, "Sắp xếp lại")));
  }

  function visible(n) {
    if (n.depth === 0) return true;
    if (n.depth > view.shownDepth) return false;
    return !view.province || !n.document.province || n.document.province === view.province;
  }

  /** What is on screen: the exports follow the filters. */
  function visibleCascade() {
    const nodes = c.nodes.filter(visible);
    const keys = new Set(nodes.map((n) => n.document.key));
    return { ...c, filters: { province: view.province || null, shownDepth: view.shownDepth, relationTypes: types }, nodes,
      edges: c.edges.filter((e) => keys.has(e.from) && keys.has(e.to)), tasks: c.tasks.filter((t) => keys.has(t.document)) };
  }

  function applyFilters() {
    const shown = c.nodes.filter(visible);
    status.textContent = `${shown.length}/${c.nodes.length} văn bản, ${c.edges.length} quan hệ, ${c.tasks.length} nhiệm vụ, ${c.units.length} đơn vị (tối đa ${depth} cấp)`;
    if (!cy) return;
    const keys = new Set(shown.map((n) => n.document.key));
    cy.batch(() => {
      cy.nodes().forEach((n) => n.toggleClass("hidden", !keys.has(n.id())));
      cy.edges().forEach((e) => e.toggleClass("hidden", !keys.has(e.source().id()) || !keys.has(e.target().id())));
    });
    for (const li of main.querySelectorAll(".outline li[data-key]")) li.hidden = !keys.has(li.dataset.key);
  }

  function recolor() {
    scheme = colorScheme(docs, view.colorBy);
    if (cy) restyle(cy, c, scheme.colorOf);
    drawLegend();
  }

  function drawLegend() {
    legendBox.replaceChildren(h("h2", {}, view.colorBy === "province" ? "Màu theo tỉnh" : "Màu theo loại văn bản"),
      h("ul", {}, scheme.legend.map((l) => h("li", {}, h("span", { class: "swatch", style: `background:${l.color}`, "aria-hidden": "true" }), ` ${l.label} (${l.count})`))),
      h("p", { class: "hint" }, "Viền đậm: văn bản gốc · viền đứt: chỉ được trích dẫn · đường đứt: căn cứ"));
  }

  function outline() {
    return h("section", { class: "outline", "aria-labelledby": "outline-h" },
      h("h2", { id: "outline-h" }, "Danh sách theo cấp"),
      levels.map((l) => h("details", { open: l <= 2 || c.nodes.length <= 60 },
        h("summary", {}, l === 0 ? "Văn bản gốc" : `Cấp ${l} (${c.nodes.filter((n) => n.depth === l).length} văn bản)`),
        h("ul", {}, c.nodes.filter((n) => n.depth === l).map((n) => h("li", { "data-key": n.document.key },
          h("button", { type: "button", class: "linkish", onclick: () => showDocument(n.document.key, true) }, docLabel(n.document, 80)),
          ` · ${typeName(n.document.type)}${n.document.province ? ` · ${n.document.province}` : ""}`))))));
  }

  function labelOrNull(key) { const x = docs.find((y) => y.key === key); return x ? docLabel(x, 60) : null; }

  function showOverview() {
    panel.replaceChildren(h("h2", {}, "Đơn vị và nhiệm vụ"),
      h("p", { class: "hint" }, "Chọn một văn bản hoặc một quan hệ trên đồ thị (hoặc trong danh sách theo cấp) để xem chi tiết và bằng chứng."),
      unitGroups(c.tasks, (t) => docLinkFor(t.document)));
  }

  function docLinkFor(key) {
    const d = docs.find((x) => x.key === key);
    return link(`/doc/${encodeURIComponent(key)}`, d ? (d.code ?? docLabel(d, 40)) : key);
  }

  function showDocument(key, fromOutline = false) {
    const d = docs.find((x) => x.key === key);
    if (!d) return;
    if (cy) { cy.elements().unselect(); cy.getElementById(key).select(); if (fromOutline) cy.animate({ center: { eles: cy.getElementById(key) }, duration: 200 }); }
    const out = c.edges.filter((e) => e.from === key), inn = c.edges.filter((e) => e.to === key);
    const label = (k) => { const x = docs.find((y) => y.key === k); return x ? docLabel(x, 60) : k; };
    panel.replaceChildren(
      h("button", { type: "button", class: "linkish", onclick: showOverview }, "‹ Tất cả đơn vị và nhiệm vụ"),
      h("h2", {}, docLabel(d, 100)),
      h("p", { class: "meta" }, [typeName(d.type), d.issuer, d.province ?? "Trung ương", d.ingested ? null : "chỉ được trích dẫn"].filter(Boolean).join(" · ")),
      h("p", {}, link(`/doc/${encodeURIComponent(key)}`, "Mở trang văn bản"), " · ", link(`/cascade/${encodeURIComponent(key)}`, "Chuỗi triển khai của văn bản này")),
      out.length || inn.length ? h("ul", { class: "panel-relations" },
        out.map((e) => h("li", {}, `${relationName(e.type)} `, link(`/doc/${encodeURIComponent(e.to)}`, label(e.to)), evidenceDetails(e.evidence, undefined, labelOrNull))),
        inn.map((e) => h("li", {}, `${inverseRelationName(e.type)} `, link(`/doc/${encodeURIComponent(e.from)}`, label(e.from)), evidenceDetails(e.evidence, undefined, labelOrNull)))) : null,
      h("h3", {}, "Nhiệm vụ trong văn bản"),
      unitGroups(c.tasks.filter((t) => t.document === key)));
    if (fromOutline) panel.focus();
  }

  function showEdge(index) {
    const e = c.edges[index];
    const label = (k) => { const x = docs.find((y) => y.key === k); return x ? docLabel(x, 60) : k; };
    panel.replaceChildren(
      h("button", { type: "button", class: "linkish", onclick: showOverview }, "‹ Tất cả đơn vị và nhiệm vụ"),
      h("h2", {}, "Quan hệ"),
      h("p", {}, link(`/doc/${encodeURIComponent(e.from)}`, label(e.from)), ` ${relationName(e.type)} `, link(`/doc/${encodeURIComponent(e.to)}`, label(e.to))),
      evidenceDetails(e.evidence, "Bằng chứng", labelOrNull));
    panel.querySelector("details").open = true;
  }
}

const clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));
