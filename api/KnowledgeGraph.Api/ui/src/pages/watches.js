// Theo dõi (watches): saved queries ("any new document implementing 57-NQ/TW in my province") that the server
// re-evaluates after each ingest; create one, list them, and see what is new in each.
import { h, link, render } from "../dom.js";
import { watches, createWatch, resolveDocument, isMissingField } from "../api.js";
import { docLabel, dateVi } from "../labels.js";
import { PROVINCES } from "../analysis/provinces.js";
import { errorBox } from "./messages.js";

export async function watchesPage(main, { params, isCurrent }) {
  document.title = "Theo dõi — Đồ thị văn bản";
  let list = null, unsupported = null;
  try { list = await watches(); } catch (e) { if (isMissingField(e)) unsupported = e; else throw e; }
  if (!isCurrent()) return;
  const errors = h("div", { class: "form-errors", "aria-live": "assertive" });
  const field = (id, label, input, hint) => h("div", { class: "field" }, h("label", { for: id }, label), input, hint ? h("p", { class: "meta", id: `${id}-hint` }, hint) : null);
  const name = h("input", { id: "watch-name", name: "name", type: "text", "aria-required": "true", autocomplete: "off" });
  const doc = h("input", { id: "watch-doc", name: "document", type: "text", "aria-required": "true", value: params.get("doc") ?? "", "aria-describedby": "watch-doc-hint" });
  const province = h("select", { id: "watch-province", name: "province" }, h("option", { value: "" }, "Mọi tỉnh, thành phố"),
    PROVINCES.map((p) => h("option", { value: p.name }, p.name)).sort((a, b) => a.value.localeCompare(b.value, "vi")));
  // novalidate: the page names each problem in Vietnamese instead of the browser's own bubble.
  const form = h("form", { class: "watch-form", novalidate: true, "aria-labelledby": "watch-new-h", onsubmit: async (e) => {
    e.preventDefault();
    const problems = [];
    if (!name.value.trim()) problems.push([name, "Tên theo dõi: hãy đặt một tên, ví dụ “57-NQ/TW ở Lạng Sơn”."]);
    if (!doc.value.trim()) problems.push([doc, "Văn bản: hãy nhập số hiệu (ví dụ 57-NQ/TW) hoặc khóa của văn bản cần theo dõi."]);
    let target = null;
    if (problems.length === 0) {
      try {
        const found = await resolveDocument(doc.value.trim());
        if (found.choices) problems.push([doc, `Văn bản: có ${found.choices.length} văn bản mang số hiệu “${doc.value.trim()}”; hãy nhập khóa của một văn bản: ${found.choices.map((d) => d.key).join(", ")}.`]);
        else target = found.document;
      } catch (err) { problems.push([doc, `Văn bản: ${err.message}`]); }
    }
    for (const el of [name, doc]) el.removeAttribute("aria-invalid");
    if (problems.length) {
      for (const [el] of problems) el.setAttribute("aria-invalid", "true");
      errors.replaceChildren(h("ul", { role: "alert", class: "field-error" }, problems.map(([, m]) => h("li", {}, m))));
      problems[0][0].focus();
      return;
    }
    try {
      await createWatch({ name: name.value.trim(), documentKey: target.key, province: province.value });
      window.kgNavigate("/watches");
    } catch (err) {
      errors.replaceChildren(h("p", { role: "alert", class: "field-error" }, isMissingField(err)
        ? "Máy chủ này chưa hỗ trợ lưu theo dõi (trường createWatch chưa có trong API)." : `Không lưu được theo dõi: ${err.message}`));
    }
  } },
  field("watch-name", "Tên theo dõi", name),
  field("watch-doc", "Văn bản được thực hiện (số hiệu hoặc khóa)", doc, "Báo khi có văn bản mới thực hiện văn bản này."),
  field("watch-province", "Tỉnh, thành phố", province),
  errors,
  h("button", { type: "submit" }, "Lưu theo dõi"));

  render(main, h("h1", {}, "Theo dõi văn bản mới"),
    h("section", { "aria-labelledby": "watch-new-h" }, h("h2", { id: "watch-new-h" }, "Tạo theo dõi"), form),
    h("section", { "aria-labelledby": "watch-list-h" }, h("h2", { id: "watch-list-h" }, "Các theo dõi đã lưu"),
      unsupported ? errorBox("Máy chủ chưa hỗ trợ theo dõi", "API của máy chủ này chưa có trường watches: danh sách theo dõi chưa xem được.", h("pre", { class: "details" }, unsupported.details ?? ""))
        : list.length === 0 ? h("p", { role: "status" }, "Chưa có theo dõi nào.")
          : h("ul", { class: "watch-list" }, list.map((w) => h("li", { class: "watch", dataset: { id: w.id } },
            h("h3", {}, w.name),
            h("p", { class: "meta" }, "Văn bản mới thực hiện ", w.document ? link(`/doc/${encodeURIComponent(w.document.key)}`, docLabel(w.document, 50)) : w.documentKey,
              ` · ${w.province ?? "mọi tỉnh, thành phố"}`, w.lastEvaluatedAt ? ` · kiểm tra lần cuối ${dateVi(w.lastEvaluatedAt)}` : ""),
            (w.newDocuments ?? []).length === 0 ? h("p", {}, "Không có văn bản mới.")
              : [h("p", { class: "badge new" }, `${w.newDocuments.length} văn bản mới`),
                h("ul", {}, w.newDocuments.map((d) => h("li", {}, link(`/doc/${encodeURIComponent(d.key)}`, docLabel(d, 70)), ` (${dateVi(d.date) ?? "không rõ ngày"})`)))])))));
}
