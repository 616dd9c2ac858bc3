// So sánh (side by side) of provinces' implementations of one document: /compare/<key>?provinces=A,B.
// A row per lĩnh vực (task domain), a column per province: the tasks (lead units, deadlines) and the chỉ tiêu
// (targets), as the server's sideBySide aligned them.
import { h, link, render } from "../dom.js";
import { coverage, resolveDocument, sideBySide } from "../api.js";
import { docLabel, domainName } from "../labels.js";
import { deadlineText } from "../tasks.js";
import { provinceOf } from "../analysis/provinces.js";
import { choicesBox } from "./messages.js";
import { analysisNav, withParams } from "./analysisNav.js";

/** { provinces } or { error } for the `provinces` query parameter. */
export function parseProvinces(value) {
  const names = String(value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (names.length < 2) return { error: "Hãy chọn ít nhất hai tỉnh, thành phố để so sánh." };
  const unknown = names.filter((n) => !provinceOf(n));
  if (unknown.length) return { error: `Không nhận ra tỉnh, thành phố: ${unknown.map((n) => `“${n}”`).join(", ")}. Hãy dùng tên của một trong 34 tỉnh, thành phố.` };
  const provinces = [...new Map(names.map((n) => [provinceOf(n).name, provinceOf(n)])).values()];
  if (provinces.length < 2) return { error: `Các tên đã chọn chỉ là một tỉnh (${provinces[0].name}): hãy chọn ít nhất hai tỉnh khác nhau.` };
  return { provinces };
}

export async function comparePage(main, { arg, params, isCurrent }) {
  const asked = params.get("provinces");
  const parsed = parseProvinces(asked);
  const found = await resolveDocument(arg);
  if (!isCurrent()) return;
  if (found.choices) { render(main, choicesBox(arg, found.choices, (k) => `/compare/${encodeURIComponent(k)}${location.search}`)); return; }
  const root = found.document;
  // The provinces to choose from and the comparison itself come from the server (coverage, sideBySide).
  const [cov, side] = await Promise.all([
    coverage(root.key),
    parsed.error ? Promise.resolve(null) : sideBySide(root.key, parsed.provinces.map((p) => p.name)),
  ]);
  if (!isCurrent()) return;
  document.title = `So sánh các tỉnh — ${root.code ?? root.key} — Đồ thị văn bản`;
  const present = cov.provinces.filter((p) => p.covered).map((p) => p.province).sort((a, b) => a.localeCompare(b, "vi"));
  const chosen = new Set(parsed.provinces?.map((p) => p.name) ?? String(asked ?? "").split(",").map((s) => provinceOf(s.trim())?.name).filter(Boolean));
  const picker = h("form", { class: "query-form province-picker", onsubmit: (e) => {
    e.preventDefault();
    const names = [...e.currentTarget.querySelectorAll("input[type=checkbox]:checked")].map((i) => i.value);
    window.kgNavigate(withParams({ provinces: names.join(",") }));
  } },
  h("fieldset", {}, h("legend", {}, "Các tỉnh, thành phố có văn bản thực hiện"),
    present.length === 0 ? h("p", {}, "Chưa có tỉnh nào thực hiện văn bản này trong các văn bản đã nạp.") :
      present.map((name) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "province", value: name, checked: chosen.has(name) }), name))),
  h("button", { type: "submit" }, "So sánh"));

  const head = h("header", {}, h("h1", {}, "So sánh các tỉnh thực hiện ", link(`/doc/${encodeURIComponent(root.key)}`, docLabel(root, 70))),
    analysisNav(root.key, "compare"));
  if (parsed.error) {
    render(main, head, picker, h("p", { class: "field-error", role: "alert" }, parsed.error));
    return;
  }
  const columns = side.columns.map((col) => ({ province: col.province, documents: col.evidence.map((e) => e.document) }));
  const rows = side.rows;
  const targetItem = (g) => h("li", { class: "target", dataset: { key: g.key, value: String(g.value), unit: g.unit } },
    h("p", {}, h("strong", { class: "target-value" }, `${formatValue(g.value)}${g.unit}`), " — ", g.text));
  const taskItem = (t) => h("li", { class: "task", dataset: { key: t.key } },
    h("p", {}, t.text),
    h("p", { class: "meta" }, "Chủ trì: ", (t.lead ?? []).map((u) => u.name).join("; ") || "—", " · Thời hạn: ", deadlineText(t.deadline)));
  render(main, head, picker,
    h("p", { class: "count", role: "status" }, columns.map((col) => `${col.province}: ${col.documents.length} văn bản`).join(" · ")),
    h("div", { class: "compare-scroll" }, h("table", { class: "compare-table" },
      h("caption", {}, "Nhiệm vụ và chỉ tiêu theo lĩnh vực, mỗi cột một tỉnh"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Lĩnh vực"), columns.map((col) => h("th", { scope: "col" }, col.province,
        h("div", { class: "meta" }, col.documents.length ? col.documents.map((d) => h("div", {}, link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 40)))) : "chưa có văn bản"))))),
      h("tbody", {}, rows.length === 0 ? h("tr", {}, h("td", { colspan: columns.length + 1 }, "Các văn bản của những tỉnh này không giao nhiệm vụ hay đặt chỉ tiêu nào (hoặc chưa trích xuất được).")) :
        rows.map((r) => h("tr", { dataset: { domain: r.domain } }, h("th", { scope: "row" }, domainName(r.domain === NO_DOMAIN ? null : r.domain)),
          r.cells.map((cell) => h("td", { dataset: { province: cell.province } },
            cell.tasks.length + cell.targets.length === 0 ? h("span", { class: "meta" }, "—") : [
              cell.targets.length ? h("div", { class: "targets" }, h("h4", {}, "Chỉ tiêu"), h("ul", {}, cell.targets.map(targetItem))) : null,
              cell.tasks.length ? h("ul", { class: "tasks" }, cell.tasks.map(taskItem)) : null]))))))));
}

/** The server's row of tasks and targets without a domain. */
const NO_DOMAIN = "(none)";

/** 67 → "67", 95.5 → "95,5" (Vietnamese decimal comma). */
export const formatValue = (v) => String(v).replace(".", ",");
