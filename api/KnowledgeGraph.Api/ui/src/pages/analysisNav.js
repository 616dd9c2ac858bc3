// Links between the analysis pages of one central document (coverage, deadlines, side by side, cascade).
import { h, link } from "../dom.js";

export function analysisNav(key, current) {
  const k = encodeURIComponent(key);
  const items = [
    ["cascade", `/cascade/${k}`, "Chuỗi triển khai"],
    ["coverage", `/coverage/${k}`, "Độ bao phủ 34 tỉnh"],
    ["deadlines", `/deadlines/${k}`, "Thời hạn"],
    ["compare", `/compare/${k}`, "So sánh các tỉnh"],
  ];
  return h("nav", { class: "analysis-nav", "aria-label": "Phân tích văn bản này" },
    h("ul", {}, items.map(([id, href, label]) => h("li", {}, id === current ? h("span", { "aria-current": "page" }, label) : link(href, label)))));
}

/** A date field with its label, kept in the URL's query: Enter or the button applies it; a bad value is named. */
export function dateForm({ id, label, value, error, onApply, submit = "Xem" }) {
  const input = h("input", { id, name: id, type: "text", inputmode: "numeric", placeholder: "2026-11-23", value: value ?? "",
    "aria-invalid": error ? "true" : null, "aria-describedby": error ? `${id}-error` : null });
  return h("form", { class: "query-form", onsubmit: (e) => { e.preventDefault(); onApply(input.value.trim()); } },
    h("label", { for: id }, label), input, h("button", { type: "submit" }, submit),
    error ? h("p", { id: `${id}-error`, class: "field-error", role: "alert" }, error) : null);
}

/** The current URL with some query parameters changed (empty removes them). */
export function withParams(changes) {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) (v === "" || v == null ? p.delete(k) : p.set(k, v));
  return `${location.pathname}${p.size ? `?${p}` : ""}`;
}
