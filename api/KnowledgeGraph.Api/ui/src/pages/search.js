// Trang tìm kiếm (search): one box, facets with counts, highlighted snippets, paging; the URL holds the search.
import { h, link, marked, render } from "../dom.js";
import { search } from "../api.js";
import { dateVi, typeName } from "../labels.js";
import { errorBox, infoBox } from "./messages.js";

const PAGE_SIZE = 10;
const FILTERS = [
  ["type", "Loại văn bản", typeName],
  ["issuer", "Cơ quan ban hành", (v) => v],
  ["province", "Tỉnh, thành phố", (v) => v],
  ["year", "Năm", (v) => v],
];

export async function searchPage(main, { params, isCurrent }) {
  const state = Object.fromEntries(["q", "type", "issuer", "province", "year"].map((k) => [k, params.get(k) ?? ""]));
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const submitted = params.has("q");
  document.title = state.q ? `${state.q} — Tìm kiếm` : "Tìm kiếm — Đồ thị văn bản";

  const form = searchForm(state);
  const hasFilter = FILTERS.some(([k]) => state[k]);
  if (!submitted && !hasFilter) {
    render(main, form, infoBox("Tìm văn bản", "Nhập từ khóa (có dấu hoặc không dấu, ví dụ “lang phi”) hoặc số hiệu (ví dụ 27-CT/TW, 806/QĐ-TTg)."));
    return;
  }
  if (!state.q.trim() && !hasFilter) {
    render(main, form, errorBox("Chưa có từ khóa", "Ô tìm kiếm đang trống. Hãy nhập từ khóa hoặc số hiệu văn bản, rồi bấm Tìm."));
    form.querySelector("input").focus();
    return;
  }

  const result = await search({ ...state, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  if (!isCurrent()) return;
  const notes = (result.notes ?? []).map((n) => h("p", { class: "note" }, n));
  if (result.total === 0) {
    render(main, form, notes, errorBox("Không có kết quả",
      `Không tìm thấy văn bản nào cho “${state.q}”${hasFilter ? " với bộ lọc đã chọn" : ""}. Hãy thử từ khóa khác, bỏ dấu hoặc bỏ bớt bộ lọc.`));
    return;
  }
  const pages = Math.ceil(result.total / PAGE_SIZE);
  render(main, form,
    h("div", { class: "search-layout" },
      h("aside", { class: "facets", "aria-label": "Bộ lọc" }, FILTERS.map(([k, label, name]) => facet(state, k, label, name, result.facets?.[k] ?? []))),
      h("section", { class: "results", "aria-label": "Kết quả" },
        h("p", { class: "count", role: "status" }, `${result.total} văn bản — trang ${page}/${pages}`),
        notes,
        h("ol", { class: "hits", start: (page - 1) * PAGE_SIZE + 1 }, result.hits.map(hitItem)),
        pager(state, page, pages))));
}

function searchForm(state) {
  const input = h("input", { id: "q", name: "q", type: "search", value: state.q, autocomplete: "off",
    placeholder: "Ví dụ: lang phi, 27-CT/TW, cải cách hành chính Lạng Sơn" });
  const form = h("form", { class: "search-form", role: "search", action: "/search" },
    h("label", { for: "q" }, "Tìm văn bản (có dấu hoặc không dấu, hoặc số hiệu)"),
    h("div", { class: "row" }, input, h("button", { type: "submit" }, "Tìm")),
    ...FILTERS.filter(([k]) => state[k]).map(([k]) => h("input", { type: "hidden", name: k, value: state[k] })));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const p = new URLSearchParams(new FormData(form));
    window.kgNavigate(`/search?${p}`);
  });
  return form;
}

function urlWith(state, changes) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...state, ...changes })) if (v !== "" && v != null) p.set(k, v);
  if (!p.has("q")) p.set("q", "");
  return `/search?${p}`;
}

/** facet values come as [{ value, count }]; a chosen value can be removed again. */
function facet(state, key, label, name, values) {
  const list = Array.isArray(values) ? values : Object.entries(values).map(([value, count]) => ({ value, count }));
  if (list.length === 0 && !state[key]) return null;
  return h("section", { class: "facet" },
    h("h2", {}, label),
    h("ul", {}, list.slice(0, 12).map(({ value, count }) => {
      const chosen = String(state[key]) === String(value);
      return h("li", {}, link(urlWith(state, { [key]: chosen ? "" : value, page: "" }),
        h("span", { class: chosen ? "chosen" : "" }, (chosen ? "✓ " : "") + name(value)), " ", h("span", { class: "badge", "aria-label": `${count} văn bản` }, count)));
    }),
    state[key] && !list.some((v) => String(v.value) === String(state[key]))
      ? h("li", {}, link(urlWith(state, { [key]: "", page: "" }), `✓ ${name(state[key])} (bỏ lọc)`)) : null));
}

function hitItem(hit) {
  const meta = [typeName(hit.type), hit.issuer, hit.province, dateVi(hit.date)].filter(Boolean).join(" · ");
  return h("li", { class: "hit" },
    h("h3", {}, link(`/doc/${encodeURIComponent(hit.key)}`, hit.code ? `${hit.code} — ` : "", hit.title ?? hit.key)),
    h("p", { class: "meta" }, meta, hit.source ? null : h("span", { class: "tag" }, " chỉ được trích dẫn")),
    (hit.snippets ?? []).map((s) => h("p", { class: "snippet" }, marked(s))),
    hit.citedBy?.length ? h("p", { class: "cited-by" }, "Được trích dẫn bởi: ",
      hit.citedBy.map((c, i) => [i ? ", " : "", link(`/doc/${encodeURIComponent(c.key)}`, c.code ?? c.title ?? c.key)])) : null,
    h("p", { class: "actions" }, link(`/cascade/${encodeURIComponent(hit.key)}`, "Chuỗi triển khai")));
}

function pager(state, page, pages) {
  if (pages <= 1) return null;
  const items = [];
  const go = (n, text, label) => h("li", {}, n === page
    ? h("span", { "aria-current": "page" }, text)
    : h("a", { href: urlWith(state, { page: n }), "data-nav": true, "aria-label": label ?? `Trang ${n}` }, text));
  if (page > 1) items.push(go(page - 1, "‹ Trước", "Trang trước"));
  for (let n = Math.max(1, page - 3); n <= Math.min(pages, page + 3); n++) items.push(go(n, String(n)));
  if (page < pages) items.push(go(page + 1, "Sau ›", "Trang sau"));
  return h("nav", { class: "pager", "aria-label": "Phân trang" }, h("ul", {}, items));
}
